using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Data.Regions;
using TrainingSite.Regions.Recipes;
using TrainingSite.Tests.Shared;

namespace TrainingSite.Regions.Tests.Recipes;

/// <summary>The <c>regions</c> step keeps the recipe contract: validated with paths, upserted by id, exported so it imports back.</summary>
public sealed class RegionsRecipeStepTests : IDisposable
{
    private readonly InMemoryDatabase _database = new();
    private readonly EchoLocalizer<SharedStrings> _strings = new();

    [Fact]
    public void Validate_ShouldReportEveryProblem_EachWithItsPath()
    {
        var context = new RecipeValidationContext(_strings);
        using var step = Step("""
            [ { "id": "Espoo", "name": { "fi": "Espoo" } },
              { "id": "vantaa" },
              { "id": "vantaa", "name": { "de": "Wantaa" } } ]
            """);

        Step().Validate(step.RootElement, "$.steps[0]", context);

        Assert.Equal(
            [
                ("$.steps[0].regions[0].id", $"{RecipeMessages.InvalidId}(Espoo)"),
                ("$.steps[0].regions[1].name", RecipeMessages.Required),
                ("$.steps[0].regions[2].id", $"{RecipeMessages.DuplicateId}(region|vantaa)"),
                ("$.steps[0].regions[2].name.de", $"{RecipeMessages.UnknownCulture}(de|fi, sv, en)"),
                ("$.steps[0].regions[2].name", RecipeMessages.NoCulture),
            ],
            context.Problems.Select(p => (p.Path, p.Message)));
    }

    [Fact]
    public void Validate_ShouldRequireTheRegionsArray()
    {
        var context = new RecipeValidationContext(_strings);
        using var step = JsonDocument.Parse("""{ "step": "regions" }""");

        Step().Validate(step.RootElement, "$.steps[3]", context);

        var problem = Assert.Single(context.Problems);
        Assert.Equal(("$.steps[3].regions", RecipeMessages.Required), (problem.Path, problem.Message));
    }

    [Fact]
    public async Task Apply_ShouldAddNewRegionsRenameKnownOnes_AndLeaveOthersAlone()
    {
        await SeedAsync(("espoo", "Espoo"), ("kokkola", "Kokkola"));
        using var step = Step("""
            [ { "id": "espoo", "name": { "fi": "Espoon kaupunki", "sv": "Esbo stad" } },
              { "id": "vantaa", "name": { "fi": "Vantaa" } } ]
            """);

        await Step().ApplyAsync(step.RootElement, CancellationToken.None);

        var regions = await RegionsAsync();
        Assert.Equal(["espoo", "kokkola", "vantaa"], regions.Keys);
        Assert.Equal("Esbo stad", regions["espoo"]["sv"]);
        Assert.Equal("Kokkola", regions["kokkola"]["fi"]);
        Assert.Equal("Vantaa", regions["vantaa"]["fi"]);
    }

    [Fact]
    public async Task Export_ShouldListRegionsById_AndImportBackToTheSameRegions()
    {
        await SeedAsync(("vantaa", "Vantaa"), ("espoo", "Espoo"));

        var exported = await Step().ExportAsync(CancellationToken.None);
        await using (var db = _database.NewContext())
        {
            db.Regions.RemoveRange(db.Regions);
            await db.SaveChangesAsync();
        }

        using var again = JsonDocument.Parse(exported!.ToJsonString());
        await Step().ApplyAsync(again.RootElement, CancellationToken.None);

        Assert.Equal("regions", exported["step"]!.GetValue<string>());
        Assert.Equal(["espoo", "vantaa"], exported["regions"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()));
        Assert.Equal(["espoo", "vantaa"], (await RegionsAsync()).Keys);
        Assert.Equal("Espoo", (await RegionsAsync())["espoo"]["fi"]);
    }

    [Fact]
    public async Task Export_ShouldGiveNoStep_WhenThereAreNoRegions()
    {
        Assert.Null(await Step().ExportAsync(CancellationToken.None));
    }

    public void Dispose() => _database.Dispose();

    private RegionsRecipeStep Step() => new(_database.NewContext(), _strings);

    private static JsonDocument Step(string regions) => JsonDocument.Parse($$"""{ "step": "regions", "regions": {{regions}} }""");

    private async Task SeedAsync(params (string Id, string Finnish)[] regions)
    {
        await using var db = _database.NewContext();
        foreach (var (id, finnish) in regions)
        {
            db.Regions.Add(new Region { Id = id, Name = new LocalizedText(new Dictionary<string, string> { ["fi"] = finnish }) });
        }

        await db.SaveChangesAsync();
    }

    private async Task<SortedDictionary<string, LocalizedText>> RegionsAsync()
    {
        await using var db = _database.NewContext();
        return new(await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name), StringComparer.Ordinal);
    }
}
