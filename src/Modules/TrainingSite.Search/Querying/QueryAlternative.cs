namespace TrainingSite.Search.Querying;

/// <summary>
/// One way a query word can match a document: every inner list must be matched by one of its terms.
/// A plain form is one list of one term; a compound typed as one word ("asumistuki") also matches a text
/// that has all its parts ("tuki asumiseen"), one list per part.
/// </summary>
public sealed record QueryAlternative(IReadOnlyList<IReadOnlyList<string>> AllOf, double Weight, MatchKind Kind)
{
    public static QueryAlternative Term(string term, double weight, MatchKind kind) => new([[term]], weight, kind);

    public IEnumerable<string> Terms => AllOf.SelectMany(terms => terms);
}
