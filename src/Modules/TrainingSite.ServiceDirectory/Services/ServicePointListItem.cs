namespace TrainingSite.ServiceDirectory.Services;

/// <summary>One row of the authoring list: the point as its keepers see it (the draft, else the live version).</summary>
public sealed record ServicePointListItem(string Id, string? RegionId, LocalizedText Name, string Kind, ServicePointState State, DateOnly CheckedOn);
