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

    private static Leaf? Leaf(IndexReader reader, string planTerm, int total, Dictionary<string, float> rarities)
    {
        var (kind, text) = Parse(planTerm);
        var inText = new Term(new SearchField(FieldScope.Text, kind).Name, text);
        if (!rarities.TryGetValue(planTerm, out var rarity))
        {
            rarity = ScoreRules.Rarity(reader.DocFreq(inText), total);
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
