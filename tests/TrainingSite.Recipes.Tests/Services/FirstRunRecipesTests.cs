using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TrainingSite.Abstractions;
using TrainingSite.Data;
using TrainingSite.Recipes.Data;
using TrainingSite.Recipes.Models;
using TrainingSite.Recipes.Services;
using TrainingSite.Tests.Shared;

namespace TrainingSite.Recipes.Tests.Services;

/// <summary>A new site seeds itself once, from the recipes folder in name order or the files configured, and never half.</summary>
public sealed class FirstRunRecipesTests : IDisposable
{
    private readonly InMemoryDatabase _database = new(new RecipesDataModel());
    private readonly TrainingDbContext _db;
    private readonly List<string> _applied = [];
    private readonly string _contentRoot = Directory.CreateTempSubdirectory("trainingsite-first-run-").FullName;
    private readonly RecipeOptions _options = new() { Folder = "recipes" };

    public FirstRunRecipesTests()
    {
        _db = _database.NewContext();
        Directory.CreateDirectory(Path.Combine(_contentRoot, "recipes"));
        Write("b-content.recipe.json", "b");
        Write("a-regions.recipe.json", "a");
        Write("c-notes.json", "c");
    }

    [Fact]
    public async Task Run_ShouldApplyEveryRecipeInTheFolder_InNameOrder()
    {
        await FirstRun().RunAsync(CancellationToken.None);

        Assert.Equal(["alpha:a", "alpha:b"], _applied);
        Assert.Equal([FirstRunRecipes.Source, FirstRunRecipes.Source], (await ImportsAsync()).Select(i => i.Source));
    }

    [Fact]
    public async Task Run_ShouldApplyTheConfiguredFiles_InTheirOrder()
    {
        _options.Files.Add("b-content.recipe.json");
        _options.Files.Add("c-notes.json");

        await FirstRun().RunAsync(CancellationToken.None);

        Assert.Equal(["alpha:b", "alpha:c"], _applied);
    }

    [Fact]
    public async Task Run_ShouldApplyNothing_WhenARecipeWasAppliedBefore()
    {
        _db.Add(new RecipeImport { Name = "earlier", Sha256 = "-", Source = "command-line", AppliedAt = DateTimeOffset.UtcNow });
        await _db.SaveChangesAsync();

        await FirstRun().RunAsync(CancellationToken.None);

        Assert.Empty(_applied);
    }

    [Fact]
    public async Task Run_ShouldApplyNothing_WhenTurnedOff()
    {
        _options.ApplyOnFirstRun = false;

        await FirstRun().RunAsync(CancellationToken.None);

        Assert.Empty(_applied);
        Assert.Empty(await ImportsAsync());
    }

    [Fact]
    public async Task Run_ShouldApplyNothing_WhenTheFolderIsMissing()
    {
        _options.Folder = "no-such-folder";

        await FirstRun().RunAsync(CancellationToken.None);

        Assert.Empty(_applied);
    }

    [Fact]
    public async Task Run_ShouldStopWithTheFileAndItsProblems_WhenARecipeIsInvalid()
    {
        File.WriteAllText(Path.Combine(_contentRoot, "recipes", "b-content.recipe.json"), """{ "name": "broken", "steps": [ { "step": "nonsense" } ] }""");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => FirstRun().RunAsync(CancellationToken.None));

        Assert.Contains("b-content.recipe.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.steps[0].step", error.Message, StringComparison.Ordinal);
        Assert.Equal(["alpha:a"], _applied);
        Assert.Equal(["a"], (await ImportsAsync()).Select(i => i.Name));
    }

    public void Dispose()
    {
        _db.Dispose();
        _database.Dispose();
        Directory.Delete(_contentRoot, recursive: true);
    }

    private FirstRunRecipes FirstRun()
    {
        var engine = new RecipeEngine(_db, [new ThingStep("alpha", 0, _applied)], [], new EchoLocalizer<SharedStrings>(), new RecordedAuditTrail(), NullLogger<RecipeEngine>.Instance);
        return new FirstRunRecipes(engine, Options.Create(_options), new ContentRoot(_contentRoot), NullLogger<FirstRunRecipes>.Instance);
    }

    private void Write(string file, string id) =>
        File.WriteAllText(Path.Combine(_contentRoot, "recipes", file), $$"""{ "name": "{{id}}", "steps": [ { "step": "alpha", "items": [ { "id": "{{id}}" } ] } ] }""");

    private async Task<List<RecipeImport>> ImportsAsync()
    {
        await using var db = _database.NewContext();
        return await db.Set<RecipeImport>().AsNoTracking().OrderBy(i => i.Id).ToListAsync();
    }

    private sealed class ContentRoot(string path) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "TrainingSite";

        public string ContentRootPath { get; set; } = path;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
