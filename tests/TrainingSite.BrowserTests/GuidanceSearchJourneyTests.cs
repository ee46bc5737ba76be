using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TrainingSite.BrowserTests;

/// <summary>
/// A counsellor looks something up with a customer in front of them: types without ä/ö, sees results
/// appear while typing, narrows by topic, opens an article and its Swedish translation, by keyboard.
/// axe runs on every guidance page a reader sees.
/// </summary>
public sealed partial class GuidanceSearchJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Search_NarrowAndRead_WithLiveResultsAndKeyboardOnly()
    {
        var page = await site.NewPageAsync();
        page.SetDefaultTimeout(15_000);

        // The empty search page lists every public article.
        await page.GotoAsync("/guidance");
        await page.AssertAxeCleanAsync();

        // Typing updates the results and the URL without a submit.
        await page.Keyboard.PressAsync("Tab");
        await page.GetByLabel("Hakusanat").FocusAsync();
        await page.Keyboard.TypeAsync("asumistuki", new() { Delay = 30 });
        await page.WaitForURLAsync(QueryInUrl());
        await Assertions.Expect(page.Locator(".results__count")).ToContainTextAsync("asumistuki");
        await Assertions.Expect(page.Locator(".hit mark").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveCountAsync(1); // the results region, not a page inside the page
        await page.SaveAsync("guidance-search");
        await page.AssertAxeCleanAsync();

        // Narrow by a topic facet, then open the first result with the keyboard.
        await page.Locator(".facet a[href*='topic=']").First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("topic="));
        await page.AssertAxeCleanAsync();
        await page.Locator(".hit__title a").First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("/guidance/[a-z0-9-]+"));
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        await page.SaveAsync("guidance-article");
        await page.AssertAxeCleanAsync();

        // The Swedish translation, from the article's own links.
        var swedish = page.Locator(".translations a[hreflang='sv']");
        if (await swedish.CountAsync() > 0)
        {
            await swedish.ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveAttributeAsync("lang", "sv");
            await page.AssertAxeCleanAsync();
        }

        // Nothing found: a spelling suggestion and tips.
        await page.GotoAsync("/guidance?q=asumistki+qwxyzzv+zzqqxxv");
        await Assertions.Expect(page.Locator(".results .notice")).ToContainTextAsync("asumistuki");
        await page.SaveAsync("guidance-nothing-found");
        await page.AssertAxeCleanAsync();
    }

    [Fact]
    public async Task Search_ShouldWorkWithoutJavaScript_ByTheFormsOwnSubmit()
    {
        var context = await site.Browser.NewContextAsync(new() { JavaScriptEnabled = false, Locale = "en-GB", BaseURL = site.BaseUrl });
        var page = await context.NewPageAsync();

        page.SetDefaultTimeout(15_000);
        await page.GotoAsync("/guidance");
        await page.GetByLabel("Search words").FillAsync("housing allowance");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);

        // axe needs scripts, so it runs on these pages in the test above; here only what a reader sees.
        Assert.Matches(QueryInUrl(), page.Url);
        Assert.True(await page.Locator(".hit").CountAsync() > 0);
        await context.CloseAsync();
    }

    [GeneratedRegex(@"/guidance\?q=")]
    private static partial Regex QueryInUrl();
}
