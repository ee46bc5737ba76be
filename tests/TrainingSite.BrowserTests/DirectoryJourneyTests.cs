using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TrainingSite.Recipes.Services;

namespace TrainingSite.BrowserTests;

/// <summary>
/// A counsellor with a Somali-speaking customer about housing: finds a point that serves Somali on housing and is open
/// at the time the customer can go, opens it and prints a referral slip in Swedish (the customer's language, not the
/// counsellor's Finnish UI); the PDF of the slip downloads; axe runs on each page on the way (every language and
/// width: <see cref="DirectorySearchAxeTests"/> and <see cref="ServicePointAxeTests"/>). The point is imported by
/// recipe with hours every day, and the search asks "open at" a coming weekday morning, so the test does not depend
/// on the hour it runs at.
/// </summary>
public sealed class DirectoryJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string PointId = "selain-asumisneuvonta";
    private const string FinnishName = "Asumisneuvonnan selaintestipiste";
    private const string SwedishName = "Bostadsrådgivningens webbläsartestställe";

    [Fact]
    public async Task Counsellor_FindsAnOpenPointForTopicAndLanguage_OpensIt_AndPrintsASwedishSlip()
    {
        await ImportPointAsync();
        var page = await site.NewPageAsync();
        page.SetDefaultTimeout(15_000);

        await page.GotoAsync("/directory");
        await page.AssertAxeCleanAsync();
        await page.SelectOptionAsync("main form select[name=topic]", "housing");
        await page.SelectOptionAsync("main form select[name=language]", "so");
        await page.CheckAsync("main form input[name=open][value=at]");
        await page.FillAsync("main form input[name=at]", ComingWeekdayMorning());
        await page.GetByRole(AriaRole.Button, new() { Name = "Hae", Exact = true }).ClickAsync();

        var hit = page.Locator("article.directory-hit", new() { HasText = FinnishName });
        await Assertions.Expect(hit).ToHaveCountAsync(1);
        await page.AssertAxeCleanAsync();
        await page.SaveAsync("directory-results");

        await hit.GetByRole(AriaRole.Link, new() { Name = FinnishName }).ClickAsync();
        await page.WaitForURLAsync($"**/directory/{PointId}");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(FinnishName);
        await page.AssertAxeCleanAsync();
        await page.SaveAsync("directory-point");

        // The slip in Swedish, for the customer, while the counsellor's pages stay in Finnish.
        var slipForm = page.Locator("form[action$='/slip']");
        await slipForm.Locator("select[name=language]").SelectOptionAsync("sv");
        await slipForm.Locator("textarea[name=bring]").FillAsync("Passi ja vuokrasopimus");
        await slipForm.Locator("button[name=format][value=html]").ClickAsync();
        var slip = page.Locator("[lang=sv]", new() { HasText = SwedishName }).First;
        await Assertions.Expect(slip).ToBeVisibleAsync();
        await Assertions.Expect(slip).ToContainTextAsync("Passi ja vuokrasopimus");
        await page.AssertAxeCleanAsync();
        await page.SaveAsync("directory-slip-sv");

        await page.GotoAsync($"/directory/{PointId}");
        await slipForm.Locator("select[name=language]").SelectOptionAsync("sv");
        var download = await page.RunAndWaitForDownloadAsync(() => slipForm.Locator("button[name=format][value=pdf]").ClickAsync());
        var path = await download.PathAsync();
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(path!).AsSpan(0, 4)));
    }

    /// <summary>10:00 on the Wednesday after next, local: a weekday morning in the coming days, never today.</summary>
    private static string ComingWeekdayMorning()
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki")).DateTime);
        var wednesday = today.AddDays(((int)DayOfWeek.Wednesday - (int)today.DayOfWeek + 7) % 7 + 7);
        return wednesday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T10:00";
    }

    /// <summary>Imports the test point (again: an unchanged recipe changes nothing, so every test may call it).</summary>
    private Task<bool> ImportPointAsync() =>
        site.WithServiceAsync(async services =>
        {
            var recipe = $$"""
                { "name": "directory-browser", "steps": [ { "step": "servicepoints", "servicePoints": [ {
                  "id": "{{PointId}}", "region": "espoo", "status": "published",
                  "name": { "fi": "{{FinnishName}}", "sv": "{{SwedishName}}", "en": "Housing advice browser test point" },
                  "organisation": { "fi": "Espoon kaupunki", "sv": "Esbo stad", "en": "City of Espoo" },
                  "kind": "municipality",
                  "address": { "street": { "fi": "Testikatu 1", "sv": "Testgatan 1" }, "postalCode": "02100", "city": { "fi": "Espoo", "sv": "Esbo" } },
                  "coordinates": { "lat": 60.1756, "lon": 24.8054 },
                  "phone": "+358 9 816 00000",
                  "web": "https://www.espoo.fi/",
                  "languages": ["fi", "so"],
                  "interpreting": { "phone": true, "remote": false },
                  "topics": ["housing"],
                  "appointment": { "fi": "Ilman ajanvarausta.", "sv": "Utan tidsbokning.", "en": "No appointment needed." },
                  "hours": {
                    "inPerson": [ { "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], "opens": "08:00", "closes": "20:00" } ],
                    "phone": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "opens": "09:00", "closes": "15:00" } ]
                  },
                  "checked": "2026-12-06"
                } ] } ] }
                """;
            var result = await services.GetRequiredService<RecipeEngine>().ImportAsync(recipe, "test", CancellationToken.None);
            Assert.True(result.Succeeded, string.Join("\n", result.Problems));
            return true;
        });
}
