namespace TrainingSite.Search.Querying;

/// <summary>How a query word matched, most exact first; used for weights and for explaining results.</summary>
public enum MatchKind
{
    Exact,
    Folded,
    Lemma,
    Prefix,
    Part,
    Compound,
    Typo,
}
