using System.Text.Json;
using System.Text.Json.Nodes;
using TrainingSite.Abstractions.Recipes;

namespace TrainingSite.Abstractions.Courses;

/// <summary>
/// Offered by the quizzes module: the <c>quiz</c> part of a course in the <c>courses</c> recipe step. The
/// courses step hands each course's quiz to it (the quizzes module is always present, so the courses step needs it).
/// </summary>
public interface ICourseQuizRecipePart
{
    void Validate(JsonElement quiz, string path, RecipeValidationContext context);

    /// <summary>Upserts the course's quiz (published or as a draft, as the course's status says).</summary>
    Task ApplyAsync(string courseId, JsonElement quiz, bool publish, CancellationToken cancellationToken);

    /// <summary>The course's quiz as recipe JSON, or null when the course has none.</summary>
    Task<JsonObject?> ExportAsync(string courseId, CancellationToken cancellationToken);
}
