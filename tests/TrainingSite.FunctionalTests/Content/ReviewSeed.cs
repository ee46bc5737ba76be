using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Courses.Models;
using TrainingSite.Data;
using TrainingSite.Guidance.Models;
using TrainingSite.Recipes.Services;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Content;

/// <summary>Lessons and articles with review dates (or none), imported through the real recipe engine, with ids of their own.</summary>
public static class ReviewSeed
{
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Reviewed(DateOnly? date) => date is { } day ? $", \"reviewed\": \"{Iso(day)}\"" : string.Empty;

    public static string Lesson(string id, DateOnly? reviewed) =>
        $$"""{ "id": "{{id}}", "title": { "fi": "Oppitunti {{id}}", "sv": "Lektion {{id}}", "en": "Lesson {{id}}" }, "body": { "fi": "Teksti.", "sv": "Text.", "en": "Text." }, "minutes": 5{{Reviewed(reviewed)}} }""";

    public static string Course(string id, string? region, params string[] lessons) => $$"""
        { "id": "{{id}}", "region": {{(region is null ? "null" : $"\"{region}\"")}}, "order": 1, "title": { "fi": "Kurssi {{id}}" }, "summary": { "fi": "Tiivistelmä" },
          "lessons": [ {{string.Join(",", lessons)}} ] }
        """;

    public static string Article(string id, string? region, DateOnly? reviewed) => $$"""
        { "id": "{{id}}", "region": {{(region is null ? "null" : $"\"{region}\"")}}, "topic": "housing", "audience": "public", "tags": [],
          "title": { "fi": "Ohje {{id}}", "sv": "Anvisning {{id}}", "en": "Article {{id}}" }, "body": { "fi": "Teksti.", "sv": "Text.", "en": "Text." }{{Reviewed(reviewed)}} }
        """;

    public static string Recipe(string[]? regions = null, string[]? courses = null, string[]? articles = null)
    {
        var steps = new List<string>();
        if (regions is { Length: > 0 })
        {
            steps.Add($$"""{ "step": "regions", "regions": [ {{string.Join(",", regions.Select(r => $$"""{ "id": "{{r}}", "name": { "fi": "Alue {{r}}", "sv": "Region {{r}}", "en": "Region {{r}}" } }"""))}} ] }""");
        }

        if (courses is { Length: > 0 })
        {
            steps.Add($$"""{ "step": "courses", "courses": [ {{string.Join(",", courses)}} ] }""");
        }

        if (articles is { Length: > 0 })
        {
            steps.Add($$"""{ "step": "guidance", "articles": [ {{string.Join(",", articles)}} ] }""");
        }

        return $$"""{ "name": "test-review", "steps": [ {{string.Join(",", steps)}} ] }""";
    }

    public static async Task ImportAsync(SiteFactory site, string recipe)
    {
        var result = await site.WithServiceAsync(services => services.GetRequiredService<RecipeEngine>().ImportAsync(recipe, "test", CancellationToken.None));
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
    }

    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    /// <summary>Each version of the lesson, oldest first: (published, review date).</summary>
    public static Task<List<(bool Published, DateOnly? ReviewedOn)>> LessonVersionsAsync(SiteFactory site, string lessonId) =>
        site.WithServiceAsync(async services => (await services.GetRequiredService<TrainingDbContext>().Set<LessonVersion>().AsNoTracking()
            .Where(v => v.LessonId == lessonId).OrderBy(v => v.Number).Select(v => new { v.IsPublished, v.ReviewedOn }).ToListAsync())
            .Select(v => (v.IsPublished, v.ReviewedOn)).ToList());

    /// <summary>Each version of the article, oldest first: (published, review date).</summary>
    public static Task<List<(bool Published, DateOnly? ReviewedOn)>> ArticleVersionsAsync(SiteFactory site, string articleId) =>
        site.WithServiceAsync(async services => (await services.GetRequiredService<TrainingDbContext>().Set<GuidanceArticleVersion>().AsNoTracking()
            .Where(v => v.ArticleId == articleId).OrderBy(v => v.Number).Select(v => new { v.IsPublished, v.ReviewedOn }).ToListAsync())
            .Select(v => (v.IsPublished, v.ReviewedOn)).ToList());
}
