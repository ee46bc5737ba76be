using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Data;
using TrainingSite.Recipes.Services;
using TrainingSite.ServiceDirectory.Models;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.ServiceDirectory;

/// <summary>
/// The <c>servicepoints</c> step through the recipe engine on a real database: references to regions and topics
/// resolved with their paths, an upsert by id that writes nothing on re-import, an export that imports back unchanged.
/// </summary>
public abstract class ServicePointRecipeTests(SiteFactory site)
{
    private const string Prelude = """
        { "step": "regions", "regions": [ { "id": "zz-dir-region", "name": { "fi": "Hakemistoalue" } } ] },
        { "step": "topics", "topics": [ { "id": "zz-dir-topic", "name": { "fi": "Hakemistoaihe" } } ] },
        """;

    [Fact]
    public async Task Validate_ShouldReportUnknownRegionAndTopic_WithTheirPathsInTheUsersLanguage()
    {
        var recipe = Recipe("broken-points", Point("zz-dir-broken", region: "zz-no-such-region", topic: "zz-no-such-topic"));

        var result = await ValidateInAsync("en", recipe);

        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                ("$.steps[2].servicePoints[0].region", "unknown region 'zz-no-such-region'"),
                ("$.steps[2].servicePoints[0].topics[0]", "unknown topic 'zz-no-such-topic'"),
            ],
            result.Problems.Select(p => (p.Path, p.Message)).Order());
    }

    [Fact]
    public async Task Validate_ShouldWriteTheStepsOwnMessages_InTheUsersLanguage()
    {
        var recipe = Recipe("bad-contacts", Point("zz-dir-contacts", phone: "call us", languages: """["fi", "xx"]"""));

        var result = await ValidateInAsync("sv", recipe);

        Assert.Equal(
            [
                ("$.steps[2].servicePoints[0].phone", "ogiltigt telefonnummer 'call us': använd siffror och mellanslag, först + eller 0 (5–20 siffror)"),
                ("$.steps[2].servicePoints[0].languages[1]", "okänd språkkod 'xx': använd en tvåbokstavskod enligt ISO 639-1"),
            ],
            result.Problems.Select(p => (p.Path, p.Message)));
    }

    [Fact]
    public async Task Import_ShouldUpsertById_AndWriteNoVersion_WhenImportedAgain()
    {
        var first = Recipe("points-upsert", Point("zz-dir-kela"), Point("zz-dir-migri", region: null));
        var changed = Recipe("points-upsert", Point("zz-dir-kela", phone: "+358 20 634 0200"), Point("zz-dir-migri", region: null));

        Assert.True((await ImportAsync(first)).Succeeded);
        var imported = await PointsAsync("zz-dir-kela", "zz-dir-migri");
        Assert.True((await ImportAsync(first)).Succeeded);
        var again = await PointsAsync("zz-dir-kela", "zz-dir-migri");
        Assert.True((await ImportAsync(changed)).Succeeded);
        var updated = await PointsAsync("zz-dir-kela", "zz-dir-migri");

        Assert.Equal(2, imported.Count);
        Assert.Equal("zz-dir-region", imported[0].RegionId);
        Assert.Null(imported[1].RegionId);
        var version = Assert.Single(imported[0].Versions);
        Assert.True(version.IsPublished);
        Assert.Equal(["fi", "sv", "en"], version.Languages);
        Assert.Equal(5, version.Schedule.Count(r => r.Channel == ServiceChannel.InPerson));
        Assert.Equal(new DateOnly(2026, 12, 24), version.Exceptions[0].Date);
        Assert.Equal("Jouluaatto", version.Exceptions[0].Note!["fi"]);
        Assert.Equal(imported.Select(Versions), again.Select(Versions));
        Assert.Equal([(1, false, "+358 20 692 202"), (2, true, "+358 20 634 0200")], updated[0].Versions.OrderBy(v => v.Number).Select(v => (v.Number, v.IsPublished, v.Phone)));
        Assert.Single(updated[1].Versions);
    }

    [Fact]
    public async Task Import_ShouldLeaveADraft_WhenTheStatusIsDraft_AndKeepThePublishedVersion()
    {
        var published = Recipe("points-draft", Point("zz-dir-draft"));
        var draft = published.Replace("\"status\": \"published\"", "\"status\": \"draft\"", StringComparison.Ordinal).Replace("Book online.", "Book by phone.", StringComparison.Ordinal);

        Assert.True((await ImportAsync(published)).Succeeded);
        Assert.True((await ImportAsync(draft)).Succeeded);
        var point = Assert.Single(await PointsAsync("zz-dir-draft"));

        Assert.Equal([(1, true, "Book online."), (2, false, "Book by phone.")], point.Versions.OrderBy(v => v.Number).Select(v => (v.Number, v.IsPublished, v.Appointment["en"])));
        Assert.True(point.Versions.Single(v => v.Number == 2).IsDraft);
    }

    [Fact]
    public async Task Export_ShouldImportBackUnchanged()
    {
        Assert.True((await ImportAsync(Recipe("points-export", Point("zz-dir-export"), Point("zz-dir-export-national", region: null)))).Succeeded);

        var exported = Points(await ExportAsync());
        var roundTrip = new JsonObject
        {
            ["name"] = "points-round-trip",
            ["steps"] = new JsonArray(new JsonObject { ["step"] = "servicepoints", ["servicePoints"] = exported.DeepClone() }),
        };
        Assert.True((await ImportAsync(roundTrip.ToJsonString())).Succeeded);
        var again = Points(await ExportAsync());

        var point = exported.Single(p => (string?)p!["id"] == "zz-dir-export")!;
        Assert.Equal("24:00", (string?)point["hours"]!["phone"]![0]!["closes"]);
        Assert.Equal(["mon", "tue", "wed", "thu", "fri"], point["hours"]!["inPerson"]![0]!["days"]!.AsArray().Select(d => (string?)d));
        Assert.Equal(exported.ToJsonString(), again.ToJsonString());
    }

    [Fact]
    public async Task Import_ShouldKeepAnAddressOfOnlyTheCity_AndExportItSo()
    {
        var cityOnly = Point("zz-dir-city-only").Replace(
            """address": { "street": { "fi": "Piispansilta 11", "sv": "Biskopsbron 11" }, "postalCode": "02230", "city": """,
            """address": { "city": """,
            StringComparison.Ordinal);

        Assert.True((await ImportAsync(Recipe("points-city-only", cityOnly))).Succeeded);
        var version = Assert.Single(Assert.Single(await PointsAsync("zz-dir-city-only")).Versions);
        var exported = Points(await ExportAsync()).Single(p => (string?)p!["id"] == "zz-dir-city-only")!;

        Assert.Equal(("Esbo", null, 0), (version.City["sv"], version.PostalCode, version.Street.Count));
        Assert.Equal("""{"city":{"fi":"Espoo","sv":"Esbo"}}""", exported["address"]!.ToJsonString());
    }

    [Fact]
    public async Task Validate_ShouldReportLinksToUnknownPoints_InArticlesAndLessons_WithTheirPaths()
    {
        var recipe = $$"""
            { "name": "point-links", "steps": [ {{Prelude}}
              { "step": "servicepoints", "servicePoints": [ {{Point("zz-dir-linked")}} ] },
              { "step": "guidance", "articles": [ { "id": "zz-dir-article", "topic": "zz-dir-topic",
                "title": { "fi": "Ohjaus", "sv": "Hänvisning", "en": "Referral" },
                "body": { "fi": "Ohjaa [Kelaan](servicepoint:zz-dir-linked).", "sv": "Hänvisa till [FPA](servicepoint:zz-dir-missing).", "en": "Refer to [Kela](servicepoint:zz-dir-linked)." } } ] },
              { "step": "courses", "courses": [ { "id": "zz-dir-course", "order": 1, "title": { "fi": "K" }, "lessons": [
                { "id": "zz-dir-lesson", "title": { "fi": "L" }, "body": { "fi": "[Kela](servicepoint:zz-dir-linked), [Migri](servicepoint:zz-dir-gone)" } } ] } ] } ] }
            """;

        var result = await ValidateInAsync("en", recipe);

        Assert.Equal(
            [
                ("$.steps[3].articles[0].body.sv", "unknown servicepoint 'zz-dir-missing'"),
                ("$.steps[4].courses[0].lessons[0].body.fi", "unknown servicepoint 'zz-dir-gone'"),
            ],
            result.Problems.Select(p => (p.Path, p.Message)).Order());
    }

    [Fact]
    public async Task Import_ShouldAcceptALinkToAPointAlreadyOnTheSite()
    {
        Assert.True((await ImportAsync(Recipe("points-linked-later", Point("zz-dir-on-site")))).Succeeded);
        const string article = """
            { "name": "article-links-point", "steps": [ { "step": "guidance", "articles": [ { "id": "zz-dir-article-on-site", "topic": "zz-dir-topic",
              "title": { "fi": "Ohjaus" }, "body": { "fi": "Ohjaa [Kelaan](servicepoint:zz-dir-on-site)." } } ] } ] }
            """;

        var result = await ImportAsync(article);

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
    }

    /// <summary>Validates as a user of <paramref name="language"/> would: problem messages are written in the UI culture.</summary>
    private async Task<RecipeResult> ValidateInAsync(string language, string recipe)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(language);
        try
        {
            return await site.WithServiceAsync(services => services.GetRequiredService<RecipeEngine>().ValidateAsync(recipe, CancellationToken.None));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private Task<RecipeResult> ImportAsync(string recipe) =>
        site.WithServiceAsync(services => services.GetRequiredService<RecipeEngine>().ImportAsync(recipe, "test", CancellationToken.None));

    private Task<string> ExportAsync() =>
        site.WithServiceAsync(services => services.GetRequiredService<RecipeEngine>().ExportAsync(CancellationToken.None));

    private Task<List<ServicePoint>> PointsAsync(params string[] ids) =>
        site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Set<ServicePoint>()
            .AsNoTracking().Include(p => p.Versions).Where(p => ids.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync());

    private static string Versions(ServicePoint point) =>
        string.Join(", ", point.Versions.OrderBy(v => v.Number).Select(v => $"{v.Number}:{v.IsPublished}:{v.UpdatedAt.UtcTicks}"));

    private static JsonArray Points(string export) =>
        JsonNode.Parse(export)!["steps"]!.AsArray().Single(s => (string?)s!["step"] == "servicepoints")!["servicePoints"]!.AsArray();

    private static string Recipe(string name, params string[] points) =>
        $$"""{ "name": "{{name}}", "steps": [ {{Prelude}} { "step": "servicepoints", "servicePoints": [ {{string.Join(", ", points)}} ] } ] }""";

    private static string Point(
        string id,
        string? region = "zz-dir-region",
        string topic = "zz-dir-topic",
        string phone = "+358 20 692 202",
        string languages = """["fi", "sv", "en"]""") =>
        $$"""
        {
          "id": "{{id}}", "region": {{(region is null ? "null" : $"\"{region}\"")}}, "status": "published",
          "name": { "fi": "Palvelupiste {{id}}", "sv": "Servicepunkt {{id}}", "en": "Service point {{id}}" },
          "organisation": { "fi": "Kela", "sv": "FPA", "en": "Kela" }, "kind": "kela",
          "address": { "street": { "fi": "Piispansilta 11", "sv": "Biskopsbron 11" }, "postalCode": "02230", "city": { "fi": "Espoo", "sv": "Esbo" } },
          "coordinates": { "lat": 60.1613, "lon": 24.7383 },
          "phone": "{{phone}}", "web": "https://www.kela.fi/",
          "languages": {{languages}}, "interpreting": { "phone": true, "remote": false },
          "topics": ["{{topic}}"],
          "appointment": { "fi": "Ajanvaraus verkossa.", "sv": "Tidsbokning på webben.", "en": "Book online." },
          "notes": { "en": "Opening hours on public holidays were not confirmed." },
          "hours": {
            "inPerson": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "opens": "09:00", "closes": "16:00" } ],
            "phone": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "opens": "08:00", "closes": "24:00" }, { "days": ["sat"], "opens": "22:00", "closes": "02:00" } ],
            "chat": []
          },
          "exceptions": [ { "date": "2026-12-24", "closed": true, "note": { "fi": "Jouluaatto", "sv": "Julafton", "en": "Christmas Eve" } },
                          { "date": "2026-12-31", "channel": "inPerson", "opens": "09:00", "closes": "13:00" } ],
          "checked": "2026-12-06"
        }
        """;
}

public sealed class ServicePointRecipeTestsOnSqlite(SqliteSiteFactory site) : ServicePointRecipeTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class ServicePointRecipeTestsOnPostgres(PostgresSiteFactory site) : ServicePointRecipeTests(site), IClassFixture<PostgresSiteFactory>;
