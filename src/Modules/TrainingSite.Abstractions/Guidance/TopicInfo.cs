using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Abstractions.Guidance;

public sealed record TopicInfo(string Id, LocalizedText Name);
