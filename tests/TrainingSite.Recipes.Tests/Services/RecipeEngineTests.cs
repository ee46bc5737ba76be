using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Data;
using TrainingSite.Recipes.Data;
using TrainingSite.Recipes.Models;
using TrainingSite.Recipes.Services;
using TrainingSite.Tests.Shared;

namespace TrainingSite.Recipes.Tests.Services;

/// <summary>The engine keeps the recipe contract: validated whole, every problem with its path, applied in order in one transaction.</summary>
public sealed class RecipeEngineTests : IDisposable
{
    private readonly InMemoryDatabase _database = new(new RecipesDataModel());
    private readonly TrainingDbContext _db;
    private readonly RecordedAuditTrail _audit = new();
    private readonly List<string> _applied = [];
    private readonly ExistingThings _existing = new("on-site");

    public RecipeEngineTests() => _db = _database.NewContext();

    [Fact]
    public async Task Validate_ShouldReportTheLine_WhenTheTextIsNotJson()
    {
        var result = await Engine().ValidateAsync("{\n  \"name\": \"x\",\n  \"steps\": [ }\n", CancellationToken.None);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("$", problem.Path);
        Assert.Equal($"{RecipeMessages.InvalidJson}(3|14)", problem.Message); // the "}" on line 3, counted from 1
    }

    [Fact]
    public async Task Validate_ShouldCountCharactersNotBytes_WhenALineHasLettersBeyondAscii()
    {
        var result = await Engine().ValidateAsync("{ \"näyttö\": ö }", CancellationToken.None);

        Assert.Equal($"{RecipeMessages.InvalidJson}(1|13)", Assert.Single(result.Problems).Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    public async Task Validate_ShouldSayTheFileIsEmpty_WhenItHoldsNothing(string text)
    {
        var result = await Engine().ValidateAsync(text, CancellationToken.None);

        Assert.Equal(("$", RecipeMessages.EmptyFile), (Assert.Single(result.Problems).Path, Assert.Single(result.Problems).Message));
    }

    [Fact]
    public async Task Validate_ShouldRequireANameAndSteps()
    {
        var result = await Engine().ValidateAsync("""{ "description": "no name, no steps" }""", CancellationToken.None);

        Assert.Equal(["$.name", "$.steps"], result.Problems.Select(p => p.Path));
        Assert.All(result.Problems, p => Assert.Equal(RecipeMessages.Required, p.Message));
    }

    [Fact]
    public async Task Validate_ShouldNameTheStepsItKnows_WhenAStepIsUnknown()
    {
        var result = await Engine().ValidateAsync(Recipe("""{ "step": "alpha", "items": [] }, { "step": "regionz" }"""), CancellationToken.None);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("$.steps[1].step", $"{RecipeMessages.UnknownStep}(regionz|alpha, beta)"), (problem.Path, problem.Message));
    }

    [Fact]
    public async Task Validate_ShouldReportEveryProblemOfEveryStep_BeforeWritingAnything()
    {
        var result = await Engine().ValidateAsync(Recipe("""
            { "step": "alpha", "items": [ { "id": "Bad" } ] },
            { "step": "beta", "items": [ { "id": "fine" }, { "id": "fine" } ] }
            """), CancellationToken.None);

        Assert.Equal(["$.steps[0].items[0].id", "$.steps[1].items[1].id"], result.Problems.Select(p => p.Path));
        Assert.Empty(_applied);
    }

    [Fact]
    public async Task Validate_ShouldAcceptReferencesToTheRecipeOrTheSite_AndReportTheRest()
    {
        var result = await Engine().ValidateAsync(Recipe("""
            { "step": "alpha", "items": [ { "id": "in-recipe" } ] },
            { "step": "beta", "items": [
                { "id": "b1", "ref": "in-recipe" }, { "id": "b2", "ref": "on-site" },
                { "id": "b3", "ref": "ghost" }, { "id": "b4", "ref": "ghost" } ] }
            """), CancellationToken.None);

        Assert.Equal(
            [
                ("$.steps[1].items[2].ref", $"{RecipeMessages.UnknownReference}(thing|ghost)"),
                ("$.steps[1].items[3].ref", $"{RecipeMessages.UnknownReference}(thing|ghost)"),
            ],
            result.Problems.Select(p => (p.Path, p.Message)));
        Assert.Equal(["on-site", "ghost"], _existing.Asked);
    }

    [Fact]
    public async Task Import_ShouldApplyStepsInFileOrder_AndRecordWhatWasApplied()
    {
        var json = Recipe("""
            { "step": "beta", "items": [ { "id": "x" } ] },
            { "step": "alpha", "items": [ { "id": "y", "ref": "x" } ] },
            { "step": "beta", "items": [ { "id": "z" } ] }
            """);

        var result = await Engine().ImportAsync(json, "command-line", CancellationToken.None, RecipeEngine.CommandLineActor);

        Assert.True(result.Succeeded);
        var recorded = Assert.Single(_audit.Records);
        Assert.Equal((AuditKinds.RecipeImported, AuditItemTypes.Recipe, "test-recipe", RecipeEngine.CommandLineActor), (recorded.Kind, recorded.ItemType, recorded.ItemId, recorded.Actor));
        Assert.Equal("source: command-line; steps: beta, alpha", recorded.Details);
        Assert.Equal(["beta:x", "alpha:y", "beta:z"], _applied);
        var import = Assert.Single(await ImportsAsync());
        Assert.Equal(("test-recipe", "command-line"), (import.Name, import.Source));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))), import.Sha256);
    }

    [Fact]
    public async Task Import_ShouldChangeNothing_WhenTheRecipeIsInvalid()
    {
        var result = await Engine().ImportAsync(Recipe("""{ "step": "alpha", "items": [ { "id": "a", "ref": "ghost" } ] }"""), "command-line", CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal("test-recipe", result.Name);
        Assert.Empty(_applied);
        Assert.Empty(_audit.Records);
        Assert.Empty(await ImportsAsync());
        Assert.False(await Engine().HasImportsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Import_ShouldKeepNothing_WhenAStepFailsAfterAnotherHasWritten()
    {
        var json = Recipe("""{ "step": "writes" }, { "step": "alpha", "items": [ { "id": "a", "fail": true } ] }""");

        await Assert.ThrowsAsync<InvalidOperationException>(() => Engine(new WritingStep(_db)).ImportAsync(json, "command-line", CancellationToken.None));

        Assert.Equal(["alpha:a"], _applied);
        Assert.Empty(await ImportsAsync());
    }

    [Fact]
    public async Task Export_ShouldOrderStepsSoReferencesPointBackwards_AndLeaveOutEmptySteps()
    {
        var engine = new RecipeEngine(_db,
            [
                new ThingStep("courses", 30, _applied, Exported("courses")),
                new ThingStep("nothing", 10, _applied),
                new ThingStep("topics", 15, _applied, Exported("topics")),
                new ThingStep("regions", 0, _applied, Exported("regions")),
                new ThingStep("guidance", 15, _applied, Exported("guidance")),
            ],
            [], new EchoLocalizer<SharedStrings>(), _audit, NullLogger<RecipeEngine>.Instance);

        var exported = await engine.ExportAsync(CancellationToken.None);

        var recipe = JsonNode.Parse(exported)!;
        Assert.Equal(["regions", "guidance", "topics", "courses"], recipe["steps"]!.AsArray().Select(s => s!["step"]!.GetValue<string>()));
        Assert.Equal("site-export", recipe["name"]!.GetValue<string>());
        Assert.EndsWith("}\n", exported, StringComparison.Ordinal);
        Assert.True((await engine.ValidateAsync(exported, CancellationToken.None)).Succeeded);
    }

    public void Dispose()
    {
        _db.Dispose();
        _database.Dispose();
    }

    private RecipeEngine Engine(params IRecipeStep[] more) => new(
        _db,
        [new ThingStep("alpha", 10, _applied), new ThingStep("beta", 20, _applied), .. more],
        [_existing],
        new EchoLocalizer<SharedStrings>(),
        _audit,
        NullLogger<RecipeEngine>.Instance);

    private static JsonObject Exported(string step) => new() { ["step"] = step, ["items"] = new JsonArray() };

    private static string Recipe(string steps) => $$"""{ "name": "test-recipe", "version": "1.0.0", "steps": [ {{steps}} ] }""";

    private async Task<List<RecipeImport>> ImportsAsync()
    {
        await using var db = _database.NewContext();
        return await db.Set<RecipeImport>().AsNoTracking().ToListAsync();
    }
}
