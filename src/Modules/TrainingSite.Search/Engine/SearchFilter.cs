namespace TrainingSite.Search.Engine;

/// <summary>
/// What narrows a search: the audiences the user may read, and the facets chosen. <see cref="Region"/> is a
/// region id or <see cref="National"/> for the national part; null means any.
/// </summary>
public sealed record SearchFilter(IReadOnlyList<string> Audiences, string? Region, string? Topic, string? Language)
{
    public const string National = "national";

    public SearchFilter WithoutFacets() => this with { Region = null, Topic = null, Language = null };
}
