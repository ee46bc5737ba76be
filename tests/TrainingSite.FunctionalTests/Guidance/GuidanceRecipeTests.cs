using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Recipes.Services;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Guidance;

/// <summary>The topics and guidance steps: validation with JSON paths, references checked, nothing written on error.</summary>
public abstract class GuidanceRecipeTests(SiteFactory site)
{
    [Fact]
    public async Task Validate_ShouldReportEveryProblem_WhenArticlesAndQuizLinksAreWrong()
    {
        const string recipe = """
            { "name": "broken-guidance", "steps": [
              { "step": "topics", "topics": [ { "id": "new-topic", "name": { "fi": "Uusi aihe" } }, { "id": "Bad Topic", "name": { "fi": "X" } } ] },
              { "step": "guidance", "articles": [
                { "id": "a-ok", "topic": "new-topic", "title": { "fi": "Otsikko" }, "body": { "fi": "Teksti" } },
                { "id": "a-bad", "region": "atlantis", "topic": "no-such-topic", "audience": "everyone", "tags": "x", "title": {}, "body": { "fi": "Teksti" } } ] },
              { "step": "courses", "courses": [ { "id": "c-links", "order": 1, "title": { "fi": "K" }, "lessons": [ { "id": "c-links-1", "title": { "fi": "L" }, "body": { "fi": "B" } } ],
                "quiz": { "id": "c-links-quiz", "title": { "fi": "Q" }, "passPercent": 50, "questions": [ { "id": "q1", "kind": "truefalse", "prompt": { "fi": "?" },
                  "choices": [ { "id": "t", "text": { "fi": "T" }, "correct": true }, { "id": "f", "text": { "fi": "E" }, "correct": false } ],
                  "articles": [ "a-ok", "no-such-article" ] } ] } } ] } ] }
            """;

        var result = await site.WithServiceAsync(services => services.GetRequiredService<RecipeEngine>().ValidateAsync(recipe, CancellationToken.None));

        var paths = result.Problems.Select(p => p.Path).ToList();
        Assert.False(result.Succeeded);
        Assert.Contains("$.steps[0].topics[1].id", paths);
        Assert.Contains("$.steps[1].articles[1].region", paths);
        Assert.Contains("$.steps[1].articles[1].topic", paths);
        Assert.Contains("$.steps[1].articles[1].audience", paths);
        Assert.Contains("$.steps[1].articles[1].tags", paths);
        Assert.Contains("$.steps[1].articles[1].title", paths);
        Assert.Single(result.Problems, p => p.Path == "$.steps[2].courses[0].quiz.questions[0].articles");
        Assert.DoesNotContain(result.Problems, p => p.Path.StartsWith("$.steps[1].articles[0]", StringComparison.Ordinal));
    }
}

public sealed class GuidanceRecipeTestsOnSqlite(SqliteSiteFactory site) : GuidanceRecipeTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class GuidanceRecipeTestsOnPostgres(PostgresSiteFactory site) : GuidanceRecipeTests(site), IClassFixture<PostgresSiteFactory>;
