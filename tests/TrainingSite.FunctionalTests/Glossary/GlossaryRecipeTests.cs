using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Recipes.Services;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Glossary;

/// <summary>The <c>glossary</c> step: every problem with its path, an idempotent upsert, an export that imports back unchanged.</summary>
public abstract class GlossaryRecipeTests(SiteFactory site)
{
    [Fact]
    public async Task Validate_ShouldReportEveryProblemWithItsPath()
    {
        const string recipe = """
            { "name": "broken-glossary", "steps": [ { "step": "glossary", "terms": [
              { "id": "ok-term", "term": { "fi": "termi", "sv": "term", "en": "term" }, "explanation": { "fi": "Selitys." } },
              { "id": "Bad Id", "term": { "fi": "vain suomeksi" }, "explanation": {}, "forms": { "fi": "ei lista", "de": ["nein"] } },
              { "id": "ok-term", "term": "ei objekti", "forms": { "sv": [1] } } ] } ] }
            """;

        var result = await site.WithServiceAsync(services => services.GetRequiredService<RecipeEngine>().ValidateAsync(recipe, CancellationToken.None));

        var paths = result.Problems.Select(p => p.Path).ToList();
        Assert.False(result.Succeeded);
        Assert.Contains("$.steps[0].terms[1].id", paths);
        Assert.Contains("$.steps[0].terms[1].term.sv", paths);
        Assert.Contains("$.steps[0].terms[1].term.en", paths);
        Assert.Contains("$.steps[0].terms[1].explanation", paths);
        Assert.Contains("$.steps[0].terms[1].forms.fi", paths);
        Assert.Contains("$.steps[0].terms[1].forms.de", paths);
        Assert.Contains("$.steps[0].terms[2].id", paths);
        Assert.Contains("$.steps[0].terms[2].term", paths);
        Assert.Contains("$.steps[0].terms[2].explanation", paths);
        Assert.Contains("$.steps[0].terms[2].forms.sv[0]", paths);
        Assert.DoesNotContain(result.Problems, p => p.Path.StartsWith("$.steps[0].terms[0]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_ShouldUpsertById_AndExportShouldImportBackUnchanged()
    {
        const string first = """
            { "name": "glossary-upsert", "steps": [ { "step": "glossary", "terms": [
              { "id": "zz-upsert-term", "term": { "fi": "upsert-termi", "sv": "upsert-term", "en": "upsert term" }, "explanation": { "fi": "Ensimmäinen.", "en": "First." },
                "forms": { "fi": ["upsert-termin"] } } ] } ] }
            """;
        var second = first.Replace("Ensimmäinen.", "Toinen.", StringComparison.Ordinal).Replace("\"upsert-termin\"", "\"upsert-termin\", \"upsert-termiä\"", StringComparison.Ordinal);
        var engine = (Func<IServiceProvider, RecipeEngine>)(services => services.GetRequiredService<RecipeEngine>());

        Assert.True((await site.WithServiceAsync(s => engine(s).ImportAsync(first, "test", CancellationToken.None))).Succeeded);
        var countAfterFirst = Terms(await site.WithServiceAsync(s => engine(s).ExportAsync(CancellationToken.None))).Count;
        Assert.True((await site.WithServiceAsync(s => engine(s).ImportAsync(second, "test", CancellationToken.None))).Succeeded);
        Assert.True((await site.WithServiceAsync(s => engine(s).ImportAsync(second, "test", CancellationToken.None))).Succeeded);
        var exported = Terms(await site.WithServiceAsync(s => engine(s).ExportAsync(CancellationToken.None)));

        Assert.Equal(countAfterFirst, exported.Count);
        var term = exported.Single(t => (string?)t!["id"] == "zz-upsert-term")!;
        Assert.Equal("Toinen.", (string?)term["explanation"]!["fi"]);
        Assert.Equal(["upsert-termin", "upsert-termiä"], term["forms"]!["fi"]!.AsArray().Select(f => (string?)f));

        // Round trip: the exported glossary step imports and exports again byte for byte.
        var step = new JsonObject { ["name"] = "glossary-round-trip", ["steps"] = new JsonArray(new JsonObject { ["step"] = "glossary", ["terms"] = exported.DeepClone() }) };
        Assert.True((await site.WithServiceAsync(s => engine(s).ImportAsync(step.ToJsonString(), "test", CancellationToken.None))).Succeeded);
        var again = Terms(await site.WithServiceAsync(s => engine(s).ExportAsync(CancellationToken.None)));
        Assert.Equal(exported.ToJsonString(), again.ToJsonString());
    }

    private static JsonArray Terms(string export) =>
        JsonNode.Parse(export)!["steps"]!.AsArray().Single(s => (string?)s!["step"] == "glossary")!["terms"]!.AsArray();
}

public sealed class GlossaryRecipeTestsOnSqlite(SqliteSiteFactory site) : GlossaryRecipeTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class GlossaryRecipeTestsOnPostgres(PostgresSiteFactory site) : GlossaryRecipeTests(site), IClassFixture<PostgresSiteFactory>;
