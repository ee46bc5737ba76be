using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Core.Content;
using TrainingSite.Courses.Models;
using TrainingSite.Courses.Services;
using TrainingSite.Data;

namespace TrainingSite.Courses.Recipes;

/// <summary>
/// The <c>courses</c> step: upserts courses and their lessons by id. Changed text becomes a new version
/// (published or left as a draft, as the recipe's status says); unchanged text writes nothing. An archived course or
/// lesson that a recipe names again stays archived (its text updated): archiving is the site's decision, which only an
/// author's restore undoes. Exports leave archived courses and lessons out.
/// </summary>
public sealed class CoursesRecipeStep(
    TrainingDbContext db,
    IStringLocalizer<SharedStrings> strings,
    PublishedContentCache cache,
    ICourseQuizRecipePart quizPart) : IRecipeStep
{
    public const string Author = RecipeVersioning.Author;

    public string Name => "courses";

    public int ExportOrder => 30;

    public void Validate(JsonElement step, string path, RecipeValidationContext context) => CourseRecipeReader.Read(step, path, context, quizPart);

    public async Task ApplyAsync(JsonElement step, CancellationToken cancellationToken)
    {
        var items = CourseRecipeReader.Read(step, "$", new RecipeValidationContext(strings), quizPart);
        var now = DateTimeOffset.UtcNow;
        var courseIds = items.Select(i => i.Id).ToList();
        var lessonIds = items.SelectMany(i => i.Lessons).Select(l => l.Id).ToList();
        var courses = await db.Set<Course>().Include(c => c.Versions).Where(c => courseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var lessons = await db.Set<Lesson>().Include(l => l.Versions).Where(l => lessonIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);

        foreach (var item in items)
        {
            if (!courses.TryGetValue(item.Id, out var course))
            {
                course = new Course { Id = item.Id, CreatedAt = now };
                db.Add(course);
                courses[item.Id] = course;
            }

            course.RegionId = item.Region;
            course.SortOrder = item.Order;
            RecipeVersioning.ApplyText(course.Versions, source => CourseVersion.CopyOf(course.Id, source), item.Published, now,
                v => (v.Title, v.Summary), v => { v.Title = item.Title; v.Summary = item.Summary; }, (item.Title, item.Summary));

            for (var index = 0; index < item.Lessons.Count; index++)
            {
                var source = item.Lessons[index];
                if (!lessons.TryGetValue(source.Id, out var lesson))
                {
                    lesson = new Lesson { Id = source.Id, CourseId = course.Id, CreatedAt = now };
                    db.Add(lesson);
                    lessons[source.Id] = lesson;
                }

                lesson.CourseId = course.Id;
                lesson.SortOrder = index + 1;
                RecipeVersioning.ApplyText(lesson.Versions, source => LessonVersion.CopyOf(lesson.Id, source), item.Published, now,
                    v => (v.Title, v.Body, v.Minutes, v.ReviewedOn),
                    v => { v.Title = source.Title; v.Body = source.Body; v.Minutes = source.Minutes; v.ReviewedOn = source.Reviewed; },
                    (source.Title, source.Body, source.Minutes, source.Reviewed));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var item in items)
        {
            if (item.Quiz is { } quiz)
            {
                await quizPart.ApplyAsync(item.Id, quiz, item.Published, cancellationToken);
            }
        }

        cache.Invalidate();
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken cancellationToken)
    {
        var courses = await db.Set<Course>().AsNoTracking().AsSplitQuery()
            .Where(c => c.ArchivedAt == null)
            .Include(c => c.Versions).Include(c => c.Lessons).ThenInclude(l => l.Versions)
            .ToListAsync(cancellationToken);
        if (courses.Count == 0)
        {
            return null;
        }

        var items = new JsonArray();
        foreach (var course in courses.OrderBy(c => c.RegionId ?? string.Empty, StringComparer.Ordinal).ThenBy(c => c.SortOrder).ThenBy(c => c.Id, StringComparer.Ordinal))
        {
            var json = CourseExport.ToJson(course);
            if (await quizPart.ExportAsync(course.Id, cancellationToken) is { } quiz)
            {
                json["quiz"] = quiz;
            }

            items.Add(json);
        }

        return new JsonObject { ["step"] = Name, ["courses"] = items };
    }
}
