using Lucene.Net.Index;
using TrainingSite.Search.Analysis;
using TrainingSite.Search.LuceneAnalysis;
using TrainingSite.Search.Querying;

namespace TrainingSite.Search.Engine;

/// <summary>
/// A <see cref="QueryPlan"/> made concrete for one index: each plan term as the Lucene terms to read (in the
/// whole text and in the title) with the constant it scores, weight × rarity, doubled in the title. Terms no
/// text has are left out. Built of <see cref="Term"/>s only: nothing typed ever reaches a query parser.
/// </summary>
internal sealed class CompiledPlan
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

    private CompiledPlan(IReadOnlyList<IReadOnlyList<Alternative>> groups, int required) => (Groups, Required) = (groups, required);

    /// <summary>Per query word, its ways to match; a word with none still counts in the coverage.</summary>
    public IReadOnlyList<IReadOnlyList<Alternative>> Groups { get; }

    /// <summary>How many of the words a translation must match to be found: half of them, or every phrase word.</summary>
    public int Required { get; }

    public static CompiledPlan Compile(IndexReader reader, QueryPlan plan)
    {
        var total = reader.NumDocs;
        var rarities = new Dictionary<string, float>(StringComparer.Ordinal);
        var groups = plan.Groups.Select(group => (IReadOnlyList<Alternative>)group.Alternatives
            .Select(alternative => Alternative.Of(alternative, planTerm => Leaf(reader, planTerm, total, rarities)))
            .OfType<Alternative>()
            .ToList()).ToList();
        return new CompiledPlan(groups, plan.RequiredGroups);
    }

    /// <summary>
    /// The share of a translation's score it keeps for matching only some of the words: 0.25 however few, and the
    /// rest with the square of the share matched: 1.0 with every word, 0.67 with three of four, 0.58 with two of
    /// three, 0.44 with half. So an article with all the words a person typed comes before one with some of them,
    /// while one holding the rarer words may still be the answer. Measured on the judged queries (tests/search-quality).
    /// </summary>
    public static float Coverage(int matched, int words)
    {
        const float floor = 0.25f;
        var share = (float)matched / words;
        return floor + ((1 - floor) * share * share);
    }

    private static Leaf? Leaf(IndexReader reader, string planTerm, int total, Dictionary<string, float> rarities)
    {
        var (kind, text) = Parse(planTerm);
        var inText = new Term(new SearchField(FieldScope.Text, kind).Name, text);
        if (!rarities.TryGetValue(planTerm, out var rarity))
        {
            rarity = Rarity(reader.DocFreq(inText), total);
            rarities[planTerm] = rarity;
        }

        return rarity == 0 ? null : new Leaf(inText, new Term(new SearchField(FieldScope.Title, kind).Name, text), rarity);
    }

    /// <summary>
    /// BM25's inverse document frequency: rare terms say more about a text than common ones. Lucene's form, with
    /// 1 added inside the logarithm, so a term in more than half the documents still scores above zero (and counts
    /// towards coverage). 0 for a term no document has.
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
}

/// <summary>A term to read: where it scores <see cref="Rarity"/> in the text and twice that in the title.</summary>
internal sealed record Leaf(Term InText, Term InTitle, float Rarity);

/// <summary>
/// One way a query word can match: every part must match by one of its leaves; the alternative scores its
/// weight × the parts' best leaves averaged (a compound matched through its parts, "tuki asumiseen" for
/// "asumistuki", counts as the one word typed).
/// </summary>
internal sealed record Alternative(float Weight, IReadOnlyList<IReadOnlyList<Leaf>> Parts)
{
    public static Alternative? Of(QueryAlternative alternative, Func<string, Leaf?> leaf)
    {
        var parts = new List<IReadOnlyList<Leaf>>(alternative.AllOf.Count);
        foreach (var anyOf in alternative.AllOf)
        {
            var leaves = anyOf.Distinct(StringComparer.Ordinal).Select(leaf).OfType<Leaf>().ToList();
            if (leaves.Count == 0)
            {
                return null; // a part no text has: the alternative cannot match
            }

            parts.Add(leaves);
        }

        return new Alternative((float)alternative.Weight / parts.Count, parts);
    }
}
