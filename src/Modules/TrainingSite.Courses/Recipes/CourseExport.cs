using System.Text.Json.Nodes;
using TrainingSite.Core.Content;
using TrainingSite.Core.Recipes;
using TrainingSite.Courses.Models;
using TrainingSite.Courses.Services;

namespace TrainingSite.Courses.Recipes;

/// <summary>
/// A course as a recipe item: its live text (or its draft, marked as such, when never published), with its lessons in
/// use; archived lessons are left out, as archived courses are (content taken out of use does not travel).
/// </summary>
public static class CourseExport
{
    public static JsonObject ToJson(Course course)
    {
        var version = VersionWorkflow.Published(course.Versions) ?? VersionWorkflow.Draft(course.Versions)!;
        var lessons = new JsonArray();
        foreach (var lesson in course.Lessons.Where(l => l.ArchivedAt is null).OrderBy(l => l.SortOrder).ThenBy(l => l.Id, StringComparer.Ordinal))
        {
            var text = VersionWorkflow.Published(lesson.Versions) ?? VersionWorkflow.Draft(lesson.Versions);
            if (text is null)
            {
                continue;
            }

            var item = new JsonObject
            {
                ["id"] = lesson.Id,
                ["title"] = RecipeJson.Text(text.Title),
                ["body"] = RecipeJson.Text(text.Body),
                ["minutes"] = text.Minutes,
            };
            if (text.ReviewedOn is { } reviewed)
            {
                item["reviewed"] = RecipeJson.Date(reviewed);
            }

            lessons.Add(item);
        }

        return new JsonObject
        {
            ["id"] = course.Id,
            ["region"] = course.RegionId,
            ["order"] = course.SortOrder,
            ["status"] = version.IsPublished ? "published" : "draft",
            ["title"] = RecipeJson.Text(version.Title),
            ["summary"] = RecipeJson.Text(version.Summary),
            ["lessons"] = lessons,
        };
    }
}
