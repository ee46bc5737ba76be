namespace TrainingSite.Search.Querying;

/// <summary>One word of the query with every way it may match; a document scores its best alternative.</summary>
public sealed record QueryGroup(string Word, IReadOnlyList<QueryAlternative> Alternatives)
{
    public IEnumerable<string> Terms => Alternatives.SelectMany(a => a.Terms);
}
