namespace TrainingSite.Search.Engine;

/// <summary>
/// The fields of a translation's document beside the analysed ones (<see cref="LuceneAnalysis.SearchField"/>,
/// <see cref="LuceneAnalysis.VocabularyField"/>): keywords to filter by, each also a sorted doc value read into
/// per-segment arrays for grouping and facets, and the title as a binary doc value for browsing.
/// </summary>
public static class IndexFields
{
    public const string Article = "article";
    public const string Language = "language";

    /// <summary>The region id, or <see cref="SearchFilter.National"/> for the national part.</summary>
    public const string Region = "region";
    public const string Topic = "topic";
    public const string Audience = "audience";
    public const string Title = "title";
}
