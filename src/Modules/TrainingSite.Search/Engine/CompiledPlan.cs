using Lucene.Net.Index;
using TrainingSite.Search.Analysis;
using TrainingSite.Search.LuceneAnalysis;
using TrainingSite.Search.Querying;

namespace TrainingSite.Search.Engine;

/// <summary>
/// A <see cref="QueryPlan"/> made concrete for one index: each plan term as the Lucene terms to read (in the
/// whole text and in the title) with its rarity (<see cref="ScoreRules"/>). Terms no
/// text has are left out. Built of <see cref="Term"/>s only: nothing typed ever reaches a query parser.
/// </summary>
internal sealed class CompiledPlan
{
    private CompiledPlan(IReadOnlyList<List<Alternative>> groups, int required) => (Groups, Required) = (groups, required);

    /// <summary>Per query word, its ways to match; a word with none still counts in the coverage.</summary>
    public IReadOnlyList<IReadOnlyList<Alternative>> Groups { get; }

    /// <summary>How many of the words a translation must match to be found: half of them, or every phrase word.</summary>
    public int Required { get; }

    /// <param name="audiences">The audiences the caller may read: rarity is counted over their live translations only.</param>
    public static CompiledPlan Compile(IndexReader reader, QueryPlan plan, IReadOnlyList<string> audiences)
    {
        var statistics = new TermStatistics(reader, audiences);
        var rarities = new Dictionary<string, float>(StringComparer.Ordinal);
        Leaf? LeafOf(string planTerm) => Leaf(statistics, planTerm, rarities);
        var groups = plan.Groups.Select(group => Group(group, LeafOf)).ToList();
        return new CompiledPlan(groups, plan.RequiredGroups);
    }

    /// <summary>
    /// A word's alternatives, each term read once: a term that several one-term alternatives share (a folded form
    /// that is also a typo's correction) scores with the highest of their weights, which is what the best of
    /// them would give; compounds stay as they are.
    /// </summary>
    private static List<Alternative> Group(QueryGroup group, Func<string, Leaf?> leafOf)
    {
        var singles = new Dictionary<Term, Alternative>();
        var alternatives = new List<Alternative>();
        foreach (var alternative in group.Alternatives.Select(a => Alternative.Of(a, leafOf)).OfType<Alternative>())
        {
            if (alternative.Parts.Count > 1)
            {
                alternatives.Add(alternative);
                continue;
            }

            foreach (var leaf in alternative.Parts[0])
            {
                if (!singles.TryGetValue(leaf.InText, out var known) || known.Weight < alternative.Weight)
                {
                    singles[leaf.InText] = new Alternative(alternative.Weight, [[leaf]]);
                }
            }
        }

        return [.. singles.Values, .. alternatives];
    }

    private static Leaf? Leaf(TermStatistics statistics, string planTerm, Dictionary<string, float> rarities)
    {
        var (kind, text) = Parse(planTerm);
        var inText = new Term(new SearchField(FieldScope.Text, kind).Name, text);
        if (!rarities.TryGetValue(planTerm, out var rarity))
        {
            rarity = ScoreRules.Rarity(statistics.DocumentsWith(inText), statistics.Total);
            rarities[planTerm] = rarity;
        }

        return rarity == 0 ? null : new Leaf(inText, new Term(new SearchField(FieldScope.Title, kind).Name, text), rarity);
    }

    /// <summary>A plan term's kind of form and text, from its <see cref="IndexTerms"/> prefix.</summary>
    internal static (FormKind Kind, string Text) Parse(string planTerm) => planTerm switch
    {
        _ when planTerm.StartsWith(IndexTerms.FoldedPrefix, StringComparison.Ordinal) => (FormKind.Folded, planTerm[IndexTerms.FoldedPrefix.Length..]),
        _ when planTerm.StartsWith(IndexTerms.LemmaPrefix, StringComparison.Ordinal) => (FormKind.Lemma, planTerm[IndexTerms.LemmaPrefix.Length..]),
        _ when planTerm.StartsWith(IndexTerms.PartPrefix, StringComparison.Ordinal) => (FormKind.Part, planTerm[IndexTerms.PartPrefix.Length..]),
        _ => (FormKind.Exact, planTerm),
    };
}

/// <summary>A term to read, in the text and in the title, and its rarity (<see cref="ScoreRules.Rarity"/>).</summary>
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
