using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Courses.Models;
using TrainingSite.Data;
using TrainingSite.Recipes.Services;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Courses;

public abstract class CoursesRecipeTests(SiteFactory site)
{
    [Fact]
    public async Task FirstRun_ShouldHaveLoadedTheShippedPackage()
    {
        var courses = await site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Set<Course>().Select(c => new { c.Id, c.RegionId }).ToListAsync());

        Assert.True(courses.Count(c => c.RegionId == null) >= 6);
        Assert.All(new[] { "helsinki", "espoo", "vantaa", "kokkola" }, region => Assert.Contains(courses, c => c.RegionId == region));
    }

    [Fact]
    public async Task Import_ShouldAddNoVersion_WhenTheTextIsUnchanged_AndANewOne_WhenItChanges()
    {
        var id = CourseSeed.NewId("rv");
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(id, "espoo", id + "-l")));
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(id, "espoo", id + "-l")));
        var unchanged = await VersionCountAsync(id + "-l");

        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(id, "espoo", id + "-l", lessonBody: "Muutettu")));
        var changed = await VersionCountAsync(id + "-l");

        Assert.Equal(1, unchanged);
        Assert.Equal(2, changed);
    }

    [Fact]
    public async Task Import_ShouldKeepADraftCourseFromLearners()
    {
        var id = CourseSeed.NewId("dr");
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(id, null, id + "-l", status: "draft")));
        using var visitor = site.CreateSiteClient();

        var (response, _) = await visitor.GetPageAsync($"/courses/{id}");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Export_ShouldKeepTheQuizAndTheDraftStatus()
    {
        var (withQuiz, draft) = (CourseSeed.NewId("qz"), CourseSeed.NewId("ds"));
        var course = CourseSeed.Course(withQuiz, null, withQuiz + "-l").TrimEnd()[..^1] +
            """, "quiz": { "id": "QUIZ", "title": { "fi": "Visa" }, "passPercent": 70, "questions": [ { "id": "q1", "kind": "truefalse", "prompt": { "fi": "Totta?" }, "choices": [ { "id": "true", "text": { "fi": "Totta" }, "correct": true }, { "id": "false", "text": { "fi": "Tarua" }, "correct": false } ], "articles": ["kela-general-housing-allowance"] } ] } }""".Replace("QUIZ", withQuiz + "-quiz", StringComparison.Ordinal);
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(course, CourseSeed.Course(draft, null, draft + "-l", status: "draft")));

        var export = await site.WithServiceAsync(services => services.GetRequiredService<RecipeEngine>().ExportAsync(CancellationToken.None));

        using var json = System.Text.Json.JsonDocument.Parse(export);
        var courses = json.RootElement.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("step").GetString() == "courses").GetProperty("courses").EnumerateArray().ToList();
        var exported = courses.Single(c => c.GetProperty("id").GetString() == withQuiz);
        Assert.Equal(withQuiz + "-quiz", exported.GetProperty("quiz").GetProperty("id").GetString());
        Assert.Equal("kela-general-housing-allowance", exported.GetProperty("quiz").GetProperty("questions")[0].GetProperty("articles")[0].GetString());
        Assert.Equal("draft", courses.Single(c => c.GetProperty("id").GetString() == draft).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Validate_ShouldReportAnUnknownRegionAndBadLessons_WithTheirPaths()
    {
        const string recipe = """
            { "name": "bad-courses", "steps": [ { "step": "courses", "courses": [
              { "id": "bad-course", "region": "atlantis", "order": "first", "title": { "fi": "X" }, "lessons": [ { "id": "bad-lesson", "title": { "fi": "L" } }, { "id": "bad-lesson", "title": { "fi": "L" }, "body": { "fi": "b" }, "minutes": 0 } ], "quiz": 5 } ] } ] }
            """;

        var result = await site.WithServiceAsync(services => services.GetRequiredService<RecipeEngine>().ValidateAsync(recipe, CancellationToken.None));

        var paths = result.Problems.Select(p => p.Path).ToList();
        Assert.Contains("$.steps[0].courses[0].region", paths);
        Assert.Contains("$.steps[0].courses[0].order", paths);
        Assert.Contains("$.steps[0].courses[0].lessons[0].body", paths);
        Assert.Contains("$.steps[0].courses[0].lessons[1].id", paths);
        Assert.Contains("$.steps[0].courses[0].lessons[1].minutes", paths);
        Assert.Contains("$.steps[0].courses[0].quiz", paths);
    }

    private Task<int> VersionCountAsync(string lessonId) =>
        site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Set<LessonVersion>().CountAsync(v => v.LessonId == lessonId));
}

public sealed class CoursesRecipeTestsOnSqlite(SqliteSiteFactory site) : CoursesRecipeTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class CoursesRecipeTestsOnPostgres(PostgresSiteFactory site) : CoursesRecipeTests(site), IClassFixture<PostgresSiteFactory>;
