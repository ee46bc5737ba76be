using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrainingSite.Abstractions.Modules;

namespace TrainingSite.Recipes.Services;

/// <summary>
/// On a database that has never had a recipe applied, applies the configured recipes, each in its own
/// transaction, so a new site starts with its regions and content. A recipe that fails stops the start
/// with its problems: a half-seeded site would be worse.
/// </summary>
public sealed class FirstRunRecipes(
    RecipeEngine engine,
    IOptions<RecipeOptions> options,
    IHostEnvironment environment,
    ILogger<FirstRunRecipes> logger) : IStartupTask
{
    public const string Source = "first-run";

    public int Order => StartupTaskOrder.FirstRunRecipes;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.ApplyOnFirstRun || await engine.HasImportsAsync(cancellationToken))
        {
            return;
        }

        foreach (var file in Files())
        {
            var result = await engine.ImportAsync(await File.ReadAllTextAsync(file, cancellationToken), Source, cancellationToken, RecipeEngine.FirstRunActor);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(
                    $"The first-run recipe {file} is invalid:{Environment.NewLine}{string.Join(Environment.NewLine, result.Problems)}");
            }

            logger.LogInformation("First run: applied {File}", Path.GetFileName(file));
        }
    }

    private IEnumerable<string> Files()
    {
        var folder = Path.GetFullPath(options.Value.Folder, environment.ContentRootPath);
        if (options.Value.Files.Count > 0)
        {
            return options.Value.Files.Select(f => Path.GetFullPath(f, folder));
        }

        if (!Directory.Exists(folder))
        {
            logger.LogWarning("Recipes folder {Folder} not found: nothing applied on first run", folder);
            return [];
        }

        return Directory.GetFiles(folder, "*.recipe.json").Order(StringComparer.Ordinal);
    }
}
