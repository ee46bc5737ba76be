using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TrainingSite.Recipes.Services;
using TrainingSite.Testing;

namespace TrainingSite.BrowserTests;

/// <summary>
/// A service point's page and its referral slip in chromium: axe finds nothing serious in fi, sv and en at 1280, 375 and
/// 320 px, nothing scrolls sideways, the slip's print button shows with JavaScript and prints only the slip, on one page.
/// TRAININGSITE_SCREENSHOTS=folder keeps screenshots.
/// </summary>
public sealed partial class ServicePointAxeTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Point = "zz-browser-point";

    [Theory]
    [InlineData("fi-FI", "fi")]
    [InlineData("sv-SE", "sv")]
    [InlineData("en-GB", "en")]
    public async Task PointPageAndSlip_ShouldBeAxeClean_AndFitAPhone_InEveryLanguage(string locale, string language)
    {
        await ImportPointAsync();

        foreach (var width in new[] { 1280, 375, 320 })
        {
            var page = await site.NewPageAsync(locale, width);
            await page.GotoAsync($"/directory/{Point}");
            await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
            await page.AssertAxeCleanAsync();
            await AssertNoSidewaysScrollAsync(page, $"/directory/{Point} {language} {width}px");
            await page.SaveAsync($"point-{language}-{width}");

            await page.SelectOptionAsync("select#language", language == "sv" ? "en" : "sv");
            await page.FillAsync("textarea#bring", "Passi ja oleskelulupa\nKela-kortti");
            await page.Locator("button[name=format][value=html]").ClickAsync();
            await Assertions.Expect(page.Locator("section.slip")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#slip-print")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#slip-print-hint")).ToBeHiddenAsync();
            await page.AssertAxeCleanAsync();
            await AssertNoSidewaysScrollAsync(page, $"slip {language} {width}px");
            await page.SaveAsync($"slip-{language}-{width}");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Slip_ShouldPrintOnlyTheSlip_OnOneA4Page()
    {
        await ImportPointAsync();
        var page = await site.NewPageAsync();
        await page.GotoAsync($"/directory/{Point}");
        await page.SelectOptionAsync("select#language", "sv");
        await page.FillAsync("textarea#bring", string.Join(' ', Enumerable.Repeat("Pass, uppehållstillstånd och FPA-kort.", 12)));
        await page.Locator("button[name=format][value=html]").ClickAsync();
        await Assertions.Expect(page.Locator("section.slip")).ToBeVisibleAsync();

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = false });

        await Assertions.Expect(page.Locator("header").First).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".slip-actions")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("section.slip")).ToBeVisibleAsync();
        Assert.Equal(1, PageObject().Count(Encoding.Latin1.GetString(pdf)));
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page, string where)
    {
        var fits = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth");
        var wide = fits ? string.Empty : await page.EvaluateAsync<string>(
            "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)" +
            ".map(e => e.tagName + '.' + e.className + ':' + Math.round(e.getBoundingClientRect().right)).join(' ')");
        Assert.True(fits, $"{where} scrolls sideways: {wide}");
    }

    private Task<bool> ImportPointAsync() =>
        site.WithServiceAsync(async services =>
        {
            var recipe = $$"""
                { "name": "browser-point", "steps": [ { "step": "servicepoints", "servicePoints": [ {
                  "id": "{{Point}}", "region": "espoo",
                  "name": { "fi": "Espoon maahanmuuttajien neuvontapiste (testi)", "sv": "Esbo rådgivning för invandrare (test)", "en": "Espoo advice point for immigrants (test)" },
                  "organisation": { "fi": "Espoon kaupunki", "sv": "Esbo stad", "en": "City of Espoo" }, "kind": "municipality",
                  "address": { "street": { "fi": "Suomenlahdentie 1", "sv": "Finnviksvägen 1" }, "postalCode": "02230", "city": { "fi": "Espoo", "sv": "Esbo" } },
                  "coordinates": { "lat": 60.1612, "lon": 24.7385 },
                  "phone": "+358 9 816 57070", "web": "https://www.espoo.fi/fi/maahanmuuttajien-neuvontapiste-espoon-palvelupisteissa-ja-verkossa",
                  "languages": ["fi", "sv", "en", "ar", "so", "ru", "fa"], "interpreting": { "phone": true, "remote": true },
                  "topics": ["early-childhood-education"],
                  "appointment": { "fi": "Ilman ajanvarausta.", "sv": "Utan tidsbokning.", "en": "No appointment needed." },
                  "accessibility": { "fi": "Esteetön.", "sv": "Tillgängligt.", "en": "Step-free." },
                  "notes": { "fi": "Juhlapyhien aukioloa ei vahvistettu." },
                  "hours": {
                    "inPerson": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "opens": "09:00", "closes": "16:00" } ],
                    "phone": [ { "days": ["mon", "tue", "wed", "thu"], "opens": "09:00", "closes": "15:00" } ],
                    "chat": [ { "days": ["tue", "thu"], "opens": "12:00", "closes": "14:00" } ]
                  },
                  "exceptions": [ { "date": "2026-12-24", "closed": true, "note": { "fi": "Jouluaatto", "sv": "Julafton", "en": "Christmas Eve" } } ],
                  "checked": "2026-12-06" } ] } ] }
                """;
            var result = await services.GetRequiredService<RecipeEngine>().ImportAsync(recipe, "test", CancellationToken.None);
            Assert.True(result.Succeeded, string.Join("\n", result.Problems));
            return true;
        });

    /// <summary>A page object in a PDF (not the page tree, "/Type /Pages").</summary>
    [GeneratedRegex(@"/Type\s*/Page(?![s\w])")]
    private static partial Regex PageObject();
}
