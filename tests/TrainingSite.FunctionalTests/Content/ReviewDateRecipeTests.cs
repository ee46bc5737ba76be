using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Recipes.Services;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Content;

/// <summary>
/// The recipe field "reviewed" of lessons and guidance articles: imported, validated (a bad date is a problem at its
/// JSON path), exported as written, and shown to readers as "checked month/year" in their language
/// (lessons to signed-in learners, articles to anyone).
/// </summary>
public abstract class ReviewDateRecipeTests(SiteFactory site)
{
    private static readonly DateOnly November = new(2026, 11, 15);

    [Fact]
    public async Task ImportAndExport_ShouldKeepTheReviewDate_AndLeaveItOutWhenThereIsNone()
    {
        var (course, dated, undated, article, plain) = (ReviewSeed.NewId("rc"), ReviewSeed.NewId("rl"), ReviewSeed.NewId("ru"), ReviewSeed.NewId("ra"), ReviewSeed.NewId("rp"));
        await ReviewSeed.ImportAsync(site, ReviewSeed.Recipe(
            courses: [ReviewSeed.Course(course, "espoo", ReviewSeed.Lesson(dated, November), ReviewSeed.Lesson(undated, null))],
            articles: [ReviewSeed.Article(article, null, November), ReviewSeed.Article(plain, null, null)]));

        var export = await site.WithServiceAsync(services => services.GetRequiredService<RecipeEngine>().ExportAsync(CancellationToken.None));

        using var json = JsonDocument.Parse(export);
        var steps = json.RootElement.GetProperty("steps").EnumerateArray().ToList();
        var lessons = steps.Single(s => s.GetProperty("step").GetString() == "courses").GetProperty("courses").EnumerateArray()
            .Single(c => c.GetProperty("id").GetString() == course).GetProperty("lessons").EnumerateArray().ToDictionary(l => l.GetProperty("id").GetString()!);
        var articles = steps.Single(s => s.GetProperty("step").GetString() == "guidance").GetProperty("articles").EnumerateArray()
            .ToDictionary(a => a.GetProperty("id").GetString()!);
        Assert.Equal("2026-11-15", lessons[dated].GetProperty("reviewed").GetString());
        Assert.False(lessons[undated].TryGetProperty("reviewed", out _));
        Assert.Equal("2026-11-15", articles[article].GetProperty("reviewed").GetString());
        Assert.False(articles[plain].TryGetProperty("reviewed", out _));
        Assert.Equal([(true, (DateOnly?)November)], await ReviewSeed.LessonVersionsAsync(site, dated));
        Assert.Equal([(true, (DateOnly?)November)], await ReviewSeed.ArticleVersionsAsync(site, article));
    }

    [Fact]
    public async Task Import_ShouldAddAVersion_WhenOnlyTheReviewDateChanges()
    {
        var (course, lesson, article) = (ReviewSeed.NewId("rc"), ReviewSeed.NewId("rl"), ReviewSeed.NewId("ra"));
        await ReviewSeed.ImportAsync(site, ReviewSeed.Recipe(courses: [ReviewSeed.Course(course, null, ReviewSeed.Lesson(lesson, null))], articles: [ReviewSeed.Article(article, null, null)]));
        await ReviewSeed.ImportAsync(site, ReviewSeed.Recipe(courses: [ReviewSeed.Course(course, null, ReviewSeed.Lesson(lesson, November))], articles: [ReviewSeed.Article(article, null, November)]));

        Assert.Equal(November, (await ReviewSeed.LessonVersionsAsync(site, lesson)).Single(v => v.Published).ReviewedOn);
        Assert.Equal(November, (await ReviewSeed.ArticleVersionsAsync(site, article)).Single(v => v.Published).ReviewedOn);
    }

    [Theory]
    [InlineData("\"6.12.2026\"")]
    [InlineData("\"2026-02-30\"")]
    [InlineData("\"2026-12-06T10:00:00\"")]
    [InlineData("20261206")]
    public async Task Validate_ShouldReportABadDateAtItsJsonPath_ForLessonsAndArticles(string value)
    {
        var recipe = ReviewSeed.Recipe(
            courses: [ReviewSeed.Course(ReviewSeed.NewId("rc"), null, ReviewSeed.Lesson(ReviewSeed.NewId("rl"), null).Replace("\"minutes\": 5", $"\"minutes\": 5, \"reviewed\": {value}", StringComparison.Ordinal))],
            articles: [ReviewSeed.Article(ReviewSeed.NewId("ra"), null, null).Replace("\"tags\": []", $"\"tags\": [], \"reviewed\": {value}", StringComparison.Ordinal)]);

        var result = await site.WithServiceAsync(services => services.GetRequiredService<RecipeEngine>().ImportAsync(recipe, "test", CancellationToken.None));

        var paths = result.Problems.Select(p => p.Path).ToList();
        Assert.False(result.Succeeded);
        Assert.Contains("$.steps[0].courses[0].lessons[0].reviewed", paths);
        Assert.Contains("$.steps[1].articles[0].reviewed", paths);
    }

    [Theory]
    [InlineData("fi", "Tarkistettu 11/2026")]
    [InlineData("sv", "Granskad 11/2026")]
    [InlineData("en", "Facts checked 11/2026")]
    public async Task Readers_ShouldSeeTheMonthTheFactsWereChecked_OnALessonAndAnArticle(string language, string expected)
    {
        var (course, lesson, article) = (ReviewSeed.NewId("rc"), ReviewSeed.NewId("rl"), ReviewSeed.NewId("ra"));
        var (undatedLesson, undatedArticle) = (ReviewSeed.NewId("rl"), ReviewSeed.NewId("ra"));
        await ReviewSeed.ImportAsync(site, ReviewSeed.Recipe(
            courses: [ReviewSeed.Course(course, null, ReviewSeed.Lesson(lesson, November), ReviewSeed.Lesson(undatedLesson, null))],
            articles: [ReviewSeed.Article(article, null, November), ReviewSeed.Article(undatedArticle, null, null)]));
        using var learner = await site.SignedInClientAsync([Roles.Learner], language: language);
        using var reader = site.CreateSiteClient();

        var (_, lessonPage) = await learner.GetPageAsync($"/courses/{course}/lessons/{lesson}");
        var (_, articlePage) = await reader.GetPageAsync($"/guidance/{article}", language);
        var (_, undatedLessonPage) = await learner.GetPageAsync($"/courses/{course}/lessons/{undatedLesson}");
        var (_, undatedArticlePage) = await reader.GetPageAsync($"/guidance/{undatedArticle}", language);

        Assert.Equal(expected, lessonPage.QuerySelector("article .reviewed")?.TextContent.Trim());
        Assert.Equal(expected, articlePage.QuerySelector(".reviewed")?.TextContent.Trim());
        Assert.Null(undatedLessonPage.QuerySelector(".reviewed"));
        Assert.Null(undatedArticlePage.QuerySelector(".reviewed"));
    }
}

public sealed class ReviewDateRecipeTestsOnSqlite(SqliteSiteFactory site) : ReviewDateRecipeTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class ReviewDateRecipeTestsOnPostgres(PostgresSiteFactory site) : ReviewDateRecipeTests(site), IClassFixture<PostgresSiteFactory>;
