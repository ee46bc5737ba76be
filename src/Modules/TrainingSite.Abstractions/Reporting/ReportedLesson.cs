using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Abstractions.Reporting;

/// <summary>A published lesson of a <see cref="ReportedCourse"/>.</summary>
public sealed record ReportedLesson(string Id, int Order, LocalizedText Title, int Minutes);
