using System.Text.Json;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Core.Recipes;

namespace TrainingSite.Courses.Recipes;

/// <summary>Reads (and so validates) the items of a <c>courses</c> step.</summary>
public static class CourseRecipeReader
{
    public const string CourseKind = "course";
    public const string LessonKind = "lesson";
    public const string RegionKind = "region";
    public const int MaxBodyLength = 100_000;

    /// <param name="quizPart">The quizzes module's reader of a course's quiz.</param>
    public static IReadOnlyList<CourseRecipeItem> Read(JsonElement step, string path, RecipeValidationContext context, ICourseQuizRecipePart quizPart) =>
        new RecipeReader(step, path, context).ReadObjects("courses", required: true, course => ReadCourse(course, quizPart));

    private static CourseRecipeItem ReadCourse(RecipeReader course, ICourseQuizRecipePart quizPart)
    {
        var quiz = course.ReadRaw("quiz");
        if (quiz is { ValueKind: not JsonValueKind.Object })
        {
            course.Context.Error($"{course.Path}.quiz", RecipeMessages.ExpectedObject);
        }
        else if (quiz is { } quizObject)
        {
            quizPart.Validate(quizObject, $"{course.Path}.quiz", course.Context);
        }

        return new CourseRecipeItem(
            course.Id(CourseKind),
            course.ReadReference("region", RegionKind, required: false),
            course.ReadInteger("order", required: true, min: -100_000, max: 100_000) ?? 0,
            (course.ReadOneOf("status", required: false, "published", "draft") ?? "published") == "published",
            course.ReadText("title", required: true),
            course.ReadText("summary", required: false, maxLength: 4000),
            course.ReadObjects("lessons", required: true, lesson => new LessonRecipeItem(
                lesson.Id(LessonKind),
                lesson.ReadText("title", required: true),
                lesson.ReadMarkdown("body", required: true, maxLength: MaxBodyLength),
                lesson.ReadInteger("minutes", required: false, min: 1, max: 600) ?? 5,
                lesson.ReadDate("reviewed", required: false))),
            quiz is { ValueKind: JsonValueKind.Object } ? quiz : null);
    }
}
