using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Recipes.Services;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Courses;

/// <summary>Test courses imported through the real recipe engine, with ids of their own so tests never collide.</summary>
public static class CourseSeed
{
    /// <summary>A published course of one lesson per given language set, in the region given (null = national).</summary>
    public static string Course(string id, string? region, string lessonId, string status = "published", string lessonBody = "## Otsikko\n\nTeksti.", string? extraLesson = null) => $$"""
        { "id": "{{id}}", "region": {{(region is null ? "null" : $"\"{region}\"")}}, "order": 1, "status": "{{status}}",
          "title": { "fi": "Kurssi {{id}}", "en": "Course {{id}}" }, "summary": { "fi": "Tiivistelmä {{id}}" },
          "lessons": [ { "id": "{{lessonId}}", "title": { "fi": "Oppitunti {{lessonId}}", "sv": "Lektion {{lessonId}}" }, "body": { "fi": {{System.Text.Json.JsonSerializer.Serialize(lessonBody)}} }, "minutes": 7 }{{extraLesson}} ] }
        """;

    public static string Recipe(params string[] courses) =>
        $$"""{ "name": "test-courses", "steps": [ { "step": "courses", "courses": [ {{string.Join(",", courses)}} ] } ] }""";

    public static async Task ImportAsync(SiteFactory site, string recipe)
    {
        var result = await site.WithServiceAsync(services => services.GetRequiredService<RecipeEngine>().ImportAsync(recipe, "test", CancellationToken.None));
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
    }

    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];
}
