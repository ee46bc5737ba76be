using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Abstractions.Guidance;

/// <summary>A guidance topic (housing, health ...) with its localized name, for any module that shows or picks one.</summary>
public sealed record TopicInfo(string Id, LocalizedText Name);
