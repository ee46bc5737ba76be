using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Data.Regions;

/// <summary>A region with its own section of the package (Helsinki, Espoo, ...). Shared by every module.</summary>
public class Region
{
    public required string Id { get; set; }

    public LocalizedText Name { get; set; } = LocalizedText.Empty;
}
