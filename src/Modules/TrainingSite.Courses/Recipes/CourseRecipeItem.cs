using System.Text.Json;
using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Courses.Recipes;

/// <summary>A course as a recipe carries it; <paramref name="Quiz"/> is the quizzes module's part, read by it.</summary>
public sealed record CourseRecipeItem(
    string Id,
    string? Region,
    int Order,
    bool Published,
    LocalizedText Title,
    LocalizedText Summary,
    IReadOnlyList<LessonRecipeItem> Lessons,
    JsonElement? Quiz);
