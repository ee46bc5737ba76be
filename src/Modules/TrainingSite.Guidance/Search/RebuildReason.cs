namespace TrainingSite.Guidance.Search;

/// <summary>Why a node rebuilds, and the rebuild request in the database (recorded as honoured by the new index).</summary>
public sealed record RebuildReason(string Why, string? Request);
