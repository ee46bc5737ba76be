using TrainingSite.ServiceDirectory.Models;

namespace TrainingSite.ServiceDirectory.Services;

/// <summary>A point as the public sees it: its region (null: national) and its published facts.</summary>
public sealed record PublishedServicePoint(string Id, string? RegionId, ServicePointVersion Version);
