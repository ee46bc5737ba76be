using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Courses.Recipes;

/// <summary>A course as a recipe carries it.</summary>
public sealed record CourseRecipeItem(
    string Id,
    string? Region,
    int Order,
    bool Published,
    LocalizedText Title,
    LocalizedText Summary,
    IReadOnlyList<LessonRecipeItem> Lessons,
    string? QuizJson);
