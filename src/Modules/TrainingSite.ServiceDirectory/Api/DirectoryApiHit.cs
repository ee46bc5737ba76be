namespace TrainingSite.ServiceDirectory.Api;

/// <summary>
/// One point in the API's answer: names in the caller's language, the region id (or "national"), the kind, the
/// ISO 639-1 codes served in person, interpreting offered, topic ids, and the opening state at the search's instant.
/// </summary>
public sealed record DirectoryApiHit(
    string Id,
    string Name,
    string Url,
    string Region,
    string Kind,
    string Organisation,
    string? City,
    IReadOnlyList<string> Languages,
    DirectoryApiInterpreting Interpreting,
    IReadOnlyList<string> Topics,
    double Score,
    DirectoryApiOpening Opening);
