using TrainingSite.Abstractions.Guidance;
using TrainingSite.ServiceDirectory.Services;

namespace TrainingSite.ServiceDirectory.Areas.Directory.Pages.Authoring;

/// <summary>What the service point editor partial shows: the form and the guidance topics to file the point under.</summary>
public sealed record PointEditorModel(ServicePointInput Input, IReadOnlyList<TopicInfo> Topics);
