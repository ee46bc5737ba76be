namespace TrainingSite.Abstractions.Permissions;

/// <summary>
/// Where a user may perform one operation: on national items or not, and in every region or in the listed ones.
/// Lists and region pickers filter with it; the resource-based handler decides single items with the same value.
/// </summary>
public sealed record RegionScope(bool National, bool AllRegions, IReadOnlySet<string> Regions)
{
    public static readonly RegionScope None = new(false, false, new HashSet<string>());

    public bool IsEmpty => !National && !AllRegions && Regions.Count == 0;

    public bool Includes(string? regionId) => regionId is null ? National : AllRegions || Regions.Contains(regionId);
}
