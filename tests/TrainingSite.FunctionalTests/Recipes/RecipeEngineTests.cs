using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data;
using TrainingSite.Recipes.Services;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Recipes;

public abstract class RecipeEngineTests(SiteFactory site)
{
    private const string TwoNewRegions = """
        { "name": "more-regions", "version": "1.0.0", "steps": [ { "step": "regions", "regions": [
          { "id": "turku", "name": { "fi": "Turku", "sv": "Åbo" } },
          { "id": "oulu", "name": { "fi": "Oulu", "sv": "Uleåborg", "en": "Oulu" } } ] } ] }
        """;

    [Fact]
    public async Task FirstRun_ShouldHaveAppliedTheShippedRegions()
    {
        var regions = await site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Regions.Select(r => r.Id).ToListAsync());

        Assert.Superset(new HashSet<string> { "helsinki", "espoo", "vantaa", "kokkola" }, regions.ToHashSet());
    }

    [Fact]
    public async Task Validate_ShouldReportEveryProblemWithItsJsonPath()
    {
        const string recipe = """
            { "name": "broken", "steps": [
              { "step": "regions", "regions": [ { "id": "Bad Id", "name": { "fi": "X" } }, { "id": "ok", "name": {} }, { "id": "ok", "name": { "de": "Y" } } ] },
              { "step": "unicorns" },
              { "nostep": true } ] }
            """;

        var result = await Engine(engine => engine.ValidateAsync(recipe, CancellationToken.None));

        var paths = result.Problems.Select(p => p.Path).ToList();
        Assert.False(result.Succeeded);
        Assert.Contains("$.steps[0].regions[0].id", paths);
        Assert.Contains("$.steps[0].regions[1].name", paths);
        Assert.Contains("$.steps[0].regions[2].id", paths);
        Assert.Contains("$.steps[0].regions[2].name.de", paths);
        Assert.Contains("$.steps[1].step", paths);
        Assert.Contains("$.steps[2].step", paths);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{ not json")]
    [InlineData("[]")]
    [InlineData("{ \"name\": \"x\" }")]
    public async Task Validate_ShouldReportAProblem_WhenTheFileIsNotARecipe(string text)
    {
        var result = await Engine(engine => engine.ValidateAsync(text, CancellationToken.None));

        Assert.False(result.Succeeded);
        Assert.All(result.Problems, p => Assert.StartsWith("$", p.Path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_ShouldWriteNothing_WhenAnyStepIsInvalid()
    {
        const string recipe = """
            { "name": "half", "steps": [
              { "step": "regions", "regions": [ { "id": "lahti", "name": { "fi": "Lahti" } } ] },
              { "step": "regions", "regions": [ { "id": "", "name": { "fi": "Nimetön" } } ] } ] }
            """;

        var result = await Engine(engine => engine.ImportAsync(recipe, "test", CancellationToken.None));
        var exists = await site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Regions.AnyAsync(r => r.Id == "lahti"));

        Assert.False(result.Succeeded);
        Assert.False(exists);
    }

    [Fact]
    public async Task Import_ShouldChangeNothing_WhenTheSameRecipeIsImportedTwice()
    {
        await Engine(engine => engine.ImportAsync(TwoNewRegions, "test", CancellationToken.None));
        var first = await Engine(engine => engine.ExportAsync(CancellationToken.None));

        var again = await Engine(engine => engine.ImportAsync(TwoNewRegions, "test", CancellationToken.None));
        var second = await Engine(engine => engine.ExportAsync(CancellationToken.None));

        Assert.True(again.Succeeded);
        Assert.Equal(first, second);
        Assert.Contains("\"Uleåborg\"", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ShouldUpdateNamedItemsOnly_WhenARecipeChanges()
    {
        await Engine(engine => engine.ImportAsync(TwoNewRegions, "test", CancellationToken.None));
        var changed = TwoNewRegions.Replace("\"Turku\"", "\"Turun seutu\"", StringComparison.Ordinal).Replace(", \"en\": \"Oulu\"", string.Empty, StringComparison.Ordinal);

        await Engine(engine => engine.ImportAsync(changed, "test", CancellationToken.None));
        var names = await site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name));

        Assert.Equal("Turun seutu", names["turku"]["fi"]);
        Assert.False(names["oulu"].ContainsKey("en"));
        Assert.Equal("Helsingfors", names["helsinki"]["sv"]);
    }

    [Fact]
    public async Task Export_ShouldRoundTrip_ThroughAnEmptySite()
    {
        var exported = await Engine(engine => engine.ExportAsync(CancellationToken.None));
        await using var empty = new SqliteSiteFactoryWithoutRecipes();
        await empty.InitializeAsync();

        var imported = await empty.WithServiceAsync(services => services.GetRequiredService<RecipeEngine>().ImportAsync(exported, "test", CancellationToken.None));
        var again = await empty.WithServiceAsync(services => services.GetRequiredService<RecipeEngine>().ExportAsync(CancellationToken.None));

        Assert.True(imported.Succeeded, string.Join("\n", imported.Problems));
        Assert.Equal(exported, again);
    }

    [Fact]
    public async Task AdminPage_ShouldValidateImportAndExport()
    {
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        var token = await admin.AntiforgeryTokenAsync("/admin/recipes");

        var invalid = await UploadAsync(admin, token, "Validate", "{ \"name\": \"x\", \"steps\": [ { \"step\": \"nope\" } ] }");
        var imported = await UploadAsync(admin, token, "Import", TwoNewRegions.Replace("turku", "pori", StringComparison.Ordinal));
        var export = await admin.Http.GetAsync("/admin/recipes/export");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Contains("$.steps[0].step", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal("application/json", export.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"pori\"", await export.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "Reseptissä on 1 ongelma.", "tiedosto ei ole kelvollista JSONia: virhe rivillä 2 kohdassa 3.")]
    [InlineData("sv", "Receptet har 1 problem.", "filen är inte giltig JSON: felet finns på rad 2, position 3.")]
    [InlineData("en", "The recipe has 1 problem.", "the file is not valid JSON: the error is on line 2, position 3.")]
    public async Task AdminPage_ShouldNameWhereTheJsonBreaks_InTheUsersLanguage_AndLogTheParsersText(string? language, string heading, string message)
    {
        using var admin = await site.SignedInClientAsync([Roles.Administrator], language: language);
        var token = await admin.AntiforgeryTokenAsync("/admin/recipes");

        var response = await UploadAsync(admin, token, "Validate", "{\n  not json }");
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var summary = page.QuerySelector(".error-summary")?.TextContent ?? string.Empty;
        Assert.Contains(heading, summary, StringComparison.Ordinal);
        Assert.Contains(message, summary, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", page.DocumentElement.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePosition", page.DocumentElement.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("invalid start", page.DocumentElement.TextContent, StringComparison.Ordinal);
        Assert.Contains(site.Logs.Lines, line => line.Contains("A recipe is not valid JSON", StringComparison.Ordinal) && line.Contains("LineNumber: 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AdminPage_ShouldSayTheFileIsEmpty_WhenItHoldsNothing()
    {
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        var token = await admin.AntiforgeryTokenAsync("/admin/recipes");

        var response = await UploadAsync(admin, token, "Import", "   ");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("tiedosto on tyhjä", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> UploadAsync(SiteClient client, string token, string handler, string json)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new StringContent(json);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, "recipe", "recipe.json");
        return await client.Http.PostAsync($"/admin/recipes/{handler}", form);
    }

    private Task<T> Engine<T>(Func<RecipeEngine, Task<T>> action) =>
        site.WithServiceAsync(services => action(services.GetRequiredService<RecipeEngine>()));

    private sealed class SqliteSiteFactoryWithoutRecipes : SqliteSiteFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Recipes:ApplyOnFirstRun"] = "false" };
    }
}

public sealed class RecipeEngineTestsOnSqlite(SqliteSiteFactory site) : RecipeEngineTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class RecipeEngineTestsOnPostgres(PostgresSiteFactory site) : RecipeEngineTests(site), IClassFixture<PostgresSiteFactory>;
