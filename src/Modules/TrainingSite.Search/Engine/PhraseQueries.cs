using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using TrainingSite.Search.Analysis;
using TrainingSite.Search.LuceneAnalysis;

namespace TrainingSite.Search.Engine;

/// <summary>
/// "Quoted phrases" as span queries: the words in order, side by side, each word matching a text word by its
/// folded form or a base form or stem ("vahvan tunnistautumisen" finds "vahva tunnistautuminen"). A folded form
/// is in the exact field (a word without ä/ö/å) or the folded one; the folded and lemma fields keep the exact
/// field's positions, so their spans are masked as the exact field and all line up.
/// A stopword in the phrase is not indexed, but its place is: each one inside lets the next word stand one
/// further; one at either end is left out.
/// </summary>
public static class PhraseQueries
{
    private static readonly string Exact = new SearchField(FieldScope.Text, FormKind.Exact).Name;
    private static readonly string Folded = new SearchField(FieldScope.Text, FormKind.Folded).Name;
    private static readonly string Lemma = new SearchField(FieldScope.Text, FormKind.Lemma).Name;

    public static IReadOnlyList<Query> Build(TextAnalyzer analysis, IReadOnlyList<IReadOnlyList<string>> phrases) =>
        [.. phrases.Select(phrase => Phrase(analysis, phrase)).OfType<Query>()];

    private static SpanQuery? Phrase(TextAnalyzer analysis, IReadOnlyList<string> words)
    {
        var clauses = new List<SpanQuery>();
        var (gaps, skipped) = (0, 0);
        foreach (var word in words)
        {
            if (Stopwords.InAnyLanguage(word))
            {
                skipped++;
                continue;
            }

            gaps += clauses.Count > 0 ? skipped : 0;
            skipped = 0;
            clauses.Add(Word(analysis, word));
        }

        return clauses.Count switch
        {
            0 => null,
            1 => clauses[0],
            _ => new SpanNearQuery([.. clauses], gaps, inOrder: true),
        };
    }

    private static SpanOrQuery Word(TextAnalyzer analysis, string word)
    {
        var forms = analysis.ExpandQueryWord(word);
        var spans = new List<SpanQuery>();
        foreach (var form in forms.Lemmas.Select(TextFolding.Fold).Append(forms.Folded).Distinct(StringComparer.Ordinal))
        {
            spans.Add(new SpanTermQuery(new Term(Exact, form)));
            spans.Add(new FieldMaskingSpanQuery(new SpanTermQuery(new Term(Folded, form)), Exact));
            spans.Add(new FieldMaskingSpanQuery(new SpanTermQuery(new Term(Lemma, form)), Exact));
        }

        return new SpanOrQuery([.. spans]);
    }
}
