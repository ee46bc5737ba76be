using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Courses.Services;

public sealed record LessonOutline(string Id, int Order, LocalizedText Title, int Minutes, int VersionId);
