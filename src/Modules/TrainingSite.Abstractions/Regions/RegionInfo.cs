using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Abstractions.Regions;

public sealed record RegionInfo(string Id, LocalizedText Name);
