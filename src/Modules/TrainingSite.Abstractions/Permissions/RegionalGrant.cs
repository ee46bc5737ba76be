namespace TrainingSite.Abstractions.Permissions;

/// <summary>
/// The permissions that allow an operation: <see cref="OwnRegion"/> on an item of a region the user coordinates (or
/// of any region, for a holder of the all-regions permission), <see cref="National"/> on an item of the national part.
/// </summary>
public sealed record RegionalGrant(Permission OwnRegion, Permission National);
