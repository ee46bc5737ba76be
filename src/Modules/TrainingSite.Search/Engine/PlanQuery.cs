using Lucene.Net.Index;
using Lucene.Net.Search;
using TrainingSite.Search.Analysis;
using TrainingSite.Search.LuceneAnalysis;
using TrainingSite.Search.Querying;

namespace TrainingSite.Search.Engine;

/// <summary>
/// A <see cref="QueryPlan"/> as a Lucene query that scores as the project always has: per query word the best
/// alternative (<see cref="DisjunctionMaxQuery"/>), its weight × the term's rarity, doubled in the title;
/// summed over the words; scaled by the coverage of the words (<see cref="ScoringSimilarity.Coord"/>); and at
/// least <see cref="QueryPlan.RequiredGroups"/> words matched. Every term is a constant, so the index needs no
/// frequencies or norms. Built from terms only: nothing typed reaches a query parser.
/// </summary>
public static class PlanQuery
{
    /// <summary>
    /// A word in the title says the article is about it; in the body it may be a passing mention. Without the
    /// factor (1.0) MRR on the judged queries falls to 0.688: long articles that mention everything come first;
    /// 2 gives 0.918, 4 to 6 give 0.944, and at 10 other articles with the word in their title pass the answer.
    /// 2 is the cautious end of the range that works.
    /// </summary>
    public const float TitleFactor = 2f;

    /// <summary>Robertson and Spärck Jones's 0.5 in the inverse document frequency: keeps the ratio finite for a term in no or every document.</summary>
    private const double IdfSmoothing = 0.5;

    public static Query Build(IndexReader reader, QueryPlan plan)
    {
        var total = reader.NumDocs;
        var rarities = new Dictionary<string, float>(StringComparer.Ordinal);
        var query = new BooleanQuery(disableCoord: false) { MinimumNumberShouldMatch = plan.RequiredGroups };
        foreach (var group in plan.Groups)
        {
            var best = new DisjunctionMaxQuery(0);
            foreach (var alternative in group.Alternatives)
            {
                if (Alternative(reader, alternative, total, rarities) is { } matching)
                {
                    best.Add(matching);
                }
            }

            // A word no text has still counts in the coverage: the clause matches nothing but is one of the words.
            query.Add(best.Disjuncts.Count > 0 ? best : new TermQuery(new Term(SearchField(FieldScope.Text, FormKind.Exact), group.Word)), Occur.SHOULD);
        }

        return query;
    }

    /// <summary>
    /// One alternative: every inner list must match by one of its terms. A compound matched through its
    /// parts ("tuki asumiseen" for "asumistuki") counts as the one word typed, so its parts' scores are averaged.
    /// Null when some list has no term in the index (the alternative cannot match).
    /// </summary>
    private static Query? Alternative(IndexReader reader, QueryAlternative alternative, int total, Dictionary<string, float> rarities)
    {
        var parts = new List<Query>(alternative.AllOf.Count);
        foreach (var anyOf in alternative.AllOf)
        {
            var any = new DisjunctionMaxQuery(0);
            foreach (var term in anyOf)
            {
                if (Term(reader, term, total, rarities) is { } matching)
                {
                    any.Add(matching);
                }
            }

            if (any.Disjuncts.Count == 0)
            {
                return null;
            }

            parts.Add(any);
        }

        var weight = (float)alternative.Weight / parts.Count;
        if (parts.Count == 1)
        {
            parts[0].Boost = weight;
            return parts[0];
        }

        var all = new BooleanQuery(disableCoord: true) { Boost = weight };
        foreach (var part in parts)
        {
            all.Add(part, Occur.MUST);
        }

        return all;
    }

    /// <summary>A plan term: its rarity in the whole text, doubled when the title has it; null when no text has it.</summary>
    private static DisjunctionMaxQuery? Term(IndexReader reader, string planTerm, int total, Dictionary<string, float> rarities)
    {
        var (kind, text) = Parse(planTerm);
        var inText = new Term(SearchField(FieldScope.Text, kind), text);
        if (!rarities.TryGetValue(planTerm, out var rarity))
        {
            rarity = Rarity(reader.DocFreq(inText), total);
            rarities[planTerm] = rarity;
        }

        if (rarity == 0)
        {
            return null;
        }

        return new DisjunctionMaxQuery(0)
        {
            new ConstantScoreQuery(new TermQuery(inText)) { Boost = rarity },
            new ConstantScoreQuery(new TermQuery(new Term(SearchField(FieldScope.Title, kind), text))) { Boost = rarity * TitleFactor },
        };
    }

    /// <summary>
    /// BM25's inverse document frequency: rare terms say more about a text than common ones. Lucene's form, with
    /// 1 added inside the logarithm, so a term in more than half the documents still scores above zero (and
    /// counts towards coverage). 0 for a term in no document.
    /// </summary>
    private static float Rarity(int documentFrequency, int total) =>
        documentFrequency == 0 ? 0 : (float)Math.Log(1 + ((Math.Max(total, documentFrequency) - documentFrequency + IdfSmoothing) / (documentFrequency + IdfSmoothing)));

    /// <summary>A plan term's kind of form and text, from its <see cref="IndexTerms"/> prefix.</summary>
    internal static (FormKind Kind, string Text) Parse(string planTerm) => planTerm switch
    {
        _ when planTerm.StartsWith(IndexTerms.FoldedPrefix, StringComparison.Ordinal) => (FormKind.Folded, planTerm[IndexTerms.FoldedPrefix.Length..]),
        _ when planTerm.StartsWith(IndexTerms.LemmaPrefix, StringComparison.Ordinal) => (FormKind.Lemma, planTerm[IndexTerms.LemmaPrefix.Length..]),
        _ when planTerm.StartsWith(IndexTerms.PartPrefix, StringComparison.Ordinal) => (FormKind.Part, planTerm[IndexTerms.PartPrefix.Length..]),
        _ => (FormKind.Exact, planTerm),
    };

    private static string SearchField(FieldScope scope, FormKind kind) => new SearchField(scope, kind).Name;
}
