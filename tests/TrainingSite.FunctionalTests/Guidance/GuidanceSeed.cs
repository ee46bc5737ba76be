using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Recipes.Services;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Guidance;

/// <summary>Test articles imported through the real recipe engine (so they are indexed as shipped ones are), with ids of their own.</summary>
public static class GuidanceSeed
{
    /// <summary>A published public article of the housing topic, in the region given (null = national).</summary>
    public static string Article(string id, string? region, string body = "Ohjeen teksti.", string status = "published") => $$"""
        { "id": "{{id}}", "region": {{(region is null ? "null" : $"\"{region}\"")}}, "topic": "housing", "audience": "public", "tags": ["testi"], "status": "{{status}}",
          "title": { "fi": "Ohje {{id}}", "sv": "Anvisning {{id}}" }, "body": { "fi": {{JsonSerializer.Serialize(body)}}, "sv": "Text." } }
        """;

    public static async Task ImportAsync(SiteFactory site, params string[] articles)
    {
        var recipe = $$"""{ "name": "test-guidance", "steps": [ { "step": "guidance", "articles": [ {{string.Join(",", articles)}} ] } ] }""";
        var result = await site.WithServiceAsync(services => services.GetRequiredService<RecipeEngine>().ImportAsync(recipe, "test", CancellationToken.None));
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
    }

    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    /// <summary>
    /// A made-up word no shipped article has, so a search for it finds only the test's own article. Always ten letters:
    /// tests take prefixes of it (filtering a GUID's letters once gave fewer and failed a CI run).
    /// </summary>
    public static string NewWord() => "zq" + new string(Random.Shared.GetItems("abcdef".AsSpan(), 8));
}
