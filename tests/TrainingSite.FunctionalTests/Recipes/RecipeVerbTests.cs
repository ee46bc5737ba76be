using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.CommandLine;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Recipes;

/// <summary>
/// <c>-- recipe validate</c> counts its problems with the count-aware strings, in the console's language (the host sets
/// the UI culture from LANG before a verb runs; here the test sets it).
/// </summary>
public abstract class RecipeVerbTests(SiteFactory site)
{
    private const string OneBadRegion = """{ "id": "Bad Id", "name": { "fi": "X" } }""";

    private const string UnnamedRegion = """{ "id": "nimeton", "name": {} }""";

    [Theory]
    [InlineData("en", 1, "The recipe has 1 problem. Nothing was saved.")]
    [InlineData("en", 2, "The recipe has 2 problems. Nothing was saved.")]
    [InlineData("fi", 1, "Reseptissä on 1 ongelma. Mitään ei tallennettu.")]
    [InlineData("fi", 2, "Reseptissä on 2 ongelmaa. Mitään ei tallennettu.")]
    public async Task Validate_ShouldCountItsProblems_InTheConsolesLanguage(string language, int problems, string summary)
    {
        var regions = problems == 1 ? OneBadRegion : $"{OneBadRegion}, {UnnamedRegion}";
        var file = Path.Combine(Directory.CreateTempSubdirectory("ts-verb-").FullName, "bad.recipe.json");
        await File.WriteAllTextAsync(file, $$"""{ "name": "bad", "steps": [ { "step": "regions", "regions": [ {{regions}} ] } ] }""");
        var (output, error) = (new StringWriter(), new StringWriter());
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(language);

        int exitCode;
        try
        {
            exitCode = await site.WithServiceAsync(services => services.GetServices<ICommandLineVerb>().Single(v => v.Name == "recipe")
                .RunAsync(["validate", file], output, error, CancellationToken.None));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }

        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(1, exitCode);
        Assert.Equal(problems + 1, lines.Length);
        Assert.Equal($"{Path.GetFullPath(file)}: {summary}", lines[^1]);
        Assert.Empty(output.ToString());
    }
}

public sealed class RecipeVerbTestsOnSqlite(SqliteSiteFactory site) : RecipeVerbTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class RecipeVerbTestsOnPostgres(PostgresSiteFactory site) : RecipeVerbTests(site), IClassFixture<PostgresSiteFactory>;
