using Lucene.Net.Analysis.TokenAttributes;
using TrainingSite.Search.Analysis;
using TrainingSite.Search.LuceneAnalysis;

namespace TrainingSite.Search.Scoring;

/// <summary>
/// Which words of a text a query matched, found the way the index found the text: the text is run through the
/// index's own analyzer for its language (<see cref="GuidanceAnalyzers"/>), field by field (the word as written,
/// folded, base forms and stems), and a word matches when one of its analysed terms is among the query's
/// highlight terms (<see cref="Querying.QueryPlan.HighlightTerms"/>, named with <see cref="IndexTerms"/> prefixes).
/// So "asumistukea" is marked for "asumistuki" and "päiväkoti" for "paivakoti", with no second stemmer here.
/// </summary>
public sealed class QueryMatches(GuidanceAnalyzers analyzers)
{
    /// <summary>The fields a snippet marks by: compound parts are left out, as in the highlight terms.</summary>
    private static readonly (FormKind Kind, string Prefix)[] MarkedKinds =
        [(FormKind.Exact, string.Empty), (FormKind.Folded, IndexTerms.FoldedPrefix), (FormKind.Lemma, IndexTerms.LemmaPrefix)];

    /// <summary>The ranges of the matched words in the text, in order, each once.</summary>
    public IReadOnlyList<TextRange> Find(string language, string text, IReadOnlySet<string> highlightTerms)
    {
        if (highlightTerms.Count == 0 || string.IsNullOrEmpty(text) || !TextAnalyzer.Languages.Contains(language))
        {
            return [];
        }

        var analyzer = analyzers.For(language);
        var starts = new SortedDictionary<int, int>();
        foreach (var (kind, prefix) in MarkedKinds)
        {
            using var stream = analyzer.GetTokenStream(new SearchField(FieldScope.Text, kind).Name, new StringReader(text));
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (!starts.ContainsKey(offset.StartOffset) && highlightTerms.Contains(prefix + term.ToString()))
                {
                    starts[offset.StartOffset] = offset.EndOffset - offset.StartOffset;
                }
            }

            stream.End();
        }

        return [.. starts.Select(start => new TextRange(start.Key, start.Value))];
    }
}
