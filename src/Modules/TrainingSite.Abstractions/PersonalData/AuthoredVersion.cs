namespace TrainingSite.Abstractions.PersonalData;

/// <summary>One content version in a person's export: which item, which version, and whether they wrote or published it.</summary>
public sealed record AuthoredVersion(
    string ItemId, int VersionId, int Number, bool Wrote, bool Published, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? PublishedAt);
