using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using TrainingSite.Search.Analysis;
using TrainingSite.Search.LuceneAnalysis;

namespace TrainingSite.Search.Engine;

/// <summary>
/// "Quoted phrases" as span queries: the words in order, side by side, each word matching a text word by its
/// folded form or a base form or stem ("vahvan tunnistautumisen" finds "vahva tunnistautuminen"). The lemma
/// field keeps the folded field's positions, so a lemma span is masked as the folded field and both line up.
/// A stopword in the phrase is not indexed, but its place is: each one lets the next word stand one further.
/// </summary>
public static class PhraseQueries
{
    private static readonly string Folded = new SearchField(FieldScope.Text, FormKind.Folded).Name;
    private static readonly string Lemma = new SearchField(FieldScope.Text, FormKind.Lemma).Name;

    public static IReadOnlyList<Query> Build(TextAnalyzer analysis, IReadOnlyList<IReadOnlyList<string>> phrases) =>
        [.. phrases.Select(phrase => Phrase(analysis, phrase)).OfType<Query>()];

    private static SpanQuery? Phrase(TextAnalyzer analysis, IReadOnlyList<string> words)
    {
        var clauses = new List<SpanQuery>();
        var gaps = 0;
        foreach (var word in words)
        {
            if (Stopwords.InAnyLanguage(word) && clauses.Count > 0)
            {
                gaps++;
                continue;
            }

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
            spans.Add(new SpanTermQuery(new Term(Folded, form)));
            spans.Add(new FieldMaskingSpanQuery(new SpanTermQuery(new Term(Lemma, form)), Folded));
        }

        return new SpanOrQuery([.. spans]);
    }
}
