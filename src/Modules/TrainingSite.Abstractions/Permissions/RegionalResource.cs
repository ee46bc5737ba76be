namespace TrainingSite.Abstractions.Permissions;

/// <summary>A regional item as authorization sees it: its region (null for the national part) and its module's rules.</summary>
public sealed record RegionalResource(string? RegionId, RegionalRules Rules)
{
    public bool IsNational => RegionId is null;
}
