namespace TrainingSite.Data.Regions;

/// <summary>Assigns a regional coordinator to a region they may author.</summary>
public class RegionCoordinator
{
    public required string UserId { get; set; }

    public required string RegionId { get; set; }
}
