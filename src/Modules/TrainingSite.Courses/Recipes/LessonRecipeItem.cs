using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Courses.Recipes;

public sealed record LessonRecipeItem(string Id, LocalizedText Title, LocalizedText Body, int Minutes, DateOnly? Reviewed);
