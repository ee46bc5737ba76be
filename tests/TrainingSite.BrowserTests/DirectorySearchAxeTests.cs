using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TrainingSite.Recipes.Services;

namespace TrainingSite.BrowserTests;

/// <summary>
/// /directory in fi, sv and en at 1280, 375 and 320 px: axe-clean with results and with an invalid time (the error
/// summary), no sideways scrolling, and the "open at" choice made by keyboard alone.
/// </summary>
public sealed class DirectorySearchAxeTests(BrowserSite site) : IClassFixture<BrowserSite>, IAsyncLifetime
{
    private const string Recipe = """
        { "name": "directory-axe", "steps": [ { "step": "servicepoints", "servicePoints": [ {
          "id": "zz-axe-kela", "region": "espoo", "status": "published",
          "name": { "fi": "Kelan palvelupiste Espoo (Iso Omena)", "sv": "FPA:s serviceställe Esbo (Iso Omena)", "en": "Kela service point Espoo (Iso Omena)" },
          "organisation": { "fi": "Kela", "sv": "FPA", "en": "Kela" }, "kind": "kela",
          "address": { "street": { "fi": "Piispansilta 11", "sv": "Biskopsbron 11" }, "postalCode": "02230", "city": { "fi": "Espoo", "sv": "Esbo" } },
          "phone": "+358 20 692 202", "web": "https://www.kela.fi/",
          "languages": ["fi", "sv", "en", "so", "ar"], "interpreting": { "phone": true, "remote": true },
          "topics": [],
          "appointment": { "fi": "Ajanvaraus verkossa.", "sv": "Tidsbokning på webben.", "en": "Book online." },
          "hours": { "inPerson": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "opens": "09:00", "closes": "16:00" } ],
                     "phone": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "opens": "08:00", "closes": "18:00" } ], "chat": [] },
          "exceptions": [], "checked": "2026-12-06" } ] } ] }
        """;

    /// <summary>The hit of this test's point (the shipped Kela offices match "kela" too).</summary>
    private const string OwnHit = "article.directory-hit:has(a[href='/directory/zz-axe-kela'])";

    public async Task InitializeAsync()
    {
        var result = await site.WithServiceAsync(services => services.GetRequiredService<RecipeEngine>().ImportAsync(Recipe, "test", CancellationToken.None));
        Assert.True(result.Succeeded, string.Join("; ", result.Problems.Select(p => $"{p.Path}: {p.Message}")));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("fi-FI", 1280)]
    [InlineData("fi-FI", 375)]
    [InlineData("sv-FI", 1280)]
    [InlineData("sv-FI", 375)]
    [InlineData("en-GB", 1280)]
    [InlineData("en-GB", 375)]
    [InlineData("en-GB", 320)]
    public async Task Directory_ShouldBeAxeClean_AndFitTheScreen_WithResultsAndWithAnError(string locale, int width)
    {
        var page = await site.NewPageAsync(locale, width);

        await page.GotoAsync("/directory?q=kela");
        await Assertions.Expect(page.Locator(OwnHit)).ToHaveCountAsync(1);
        await page.AssertAxeCleanAsync();
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        await page.GotoAsync("/directory?q=kela&open=at&at=huomenna");
        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        await page.AssertAxeCleanAsync();

        Assert.True(overflow <= 0, $"/directory scrolls sideways by {overflow}px at {width}px ({locale})");
    }

    [Fact]
    public async Task Directory_OpenAtAChosenTime_ByKeyboard()
    {
        var page = await site.NewPageAsync();
        page.SetDefaultTimeout(15_000);

        await page.GotoAsync("/directory");
        await page.GetByLabel("Auki valittuna aikana").CheckAsync();
        await page.GetByLabel("Päivä ja kellonaika (Suomen aikaa)").FillAsync("2026-12-08T10:00");
        await page.GetByLabel("Hakusanat").FillAsync("kela");
        await page.GetByLabel("Hakusanat").PressAsync("Enter");

        await page.WaitForURLAsync("**/directory?q=kela*open=at*");
        await Assertions.Expect(page.Locator(OwnHit)).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(OwnHit)).ToContainTextAsync("Paikan päällä: Avoinna, sulkeutuu klo 16.00");
        await page.AssertAxeCleanAsync();
    }
}
