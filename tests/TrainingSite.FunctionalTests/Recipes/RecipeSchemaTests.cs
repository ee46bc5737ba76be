using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Recipes;

/// <summary>The published JSON Schema describes every step the site understands.</summary>
public sealed class RecipeSchemaTests(SqliteSiteFactory site) : IClassFixture<SqliteSiteFactory>
{
    [Fact]
    public async Task Schema_ShouldNameEveryRecipeStepTheSiteHas()
    {
        using var schema = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.ContentRecipes, "schema", "recipe.schema.json")));
        var documented = schema.RootElement.GetProperty("properties").GetProperty("steps").GetProperty("items")
            .GetProperty("properties").GetProperty("step").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToHashSet();

        var registered = await site.WithServiceAsync(services => Task.FromResult(services.GetServices<IRecipeStep>().Select(s => s.Name).ToList()));

        Assert.NotEmpty(registered);
        Assert.All(registered, step => Assert.Contains(step, documented));
    }
}
