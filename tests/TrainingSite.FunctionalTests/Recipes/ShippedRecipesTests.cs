using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Recipes.Services;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Recipes;

/// <summary>Every recipe under content-recipes/ imports into a fresh site, in name order, without a problem.</summary>
public sealed class ShippedRecipesTests
{
    public static TheoryData<string> Providers => new() { "Sqlite", "Postgres" };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ShippedRecipes_ShouldImportIntoAnEmptySite(string provider)
    {
        await using var site = new EmptySite(Enum.Parse<TrainingSite.Data.Configuration.DatabaseProvider>(provider));
        await site.InitializeAsync();
        var files = Directory.GetFiles(RepositoryPaths.ContentRecipes, "*.recipe.json").Order(StringComparer.Ordinal).ToList();

        foreach (var file in files)
        {
            var result = await site.WithServiceAsync(services => services.GetRequiredService<RecipeEngine>().ImportAsync(File.ReadAllText(file), "test", CancellationToken.None));
            Assert.True(result.Succeeded, $"{Path.GetFileName(file)}:\n{string.Join("\n", result.Problems)}");
        }

        Assert.NotEmpty(files);
    }

    private sealed class EmptySite(TrainingSite.Data.Configuration.DatabaseProvider provider) : SiteFactory
    {
        public override TrainingSite.Data.Configuration.DatabaseProvider Provider => provider;

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Recipes:ApplyOnFirstRun"] = "false" };
    }
}
