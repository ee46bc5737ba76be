using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TrainingSite.BrowserTests;

/// <summary>
/// /guidance on a phone (issue 16): at 375 px the first result comes before the facets, which wait behind a
/// "Refine" disclosure that opens with the keyboard and without JavaScript; the page never scrolls sideways; axe
/// finds nothing, in Finnish, Swedish and English. On a wide screen the facets show beside the results, untoggled.
/// </summary>
public sealed partial class GuidanceOnPhonesTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Toggle = "summary.facets__toggle";

    public static TheoryData<string, string, string, string> Languages => new()
    {
        { "fi-FI", "asumistukea", "Rajaa", "fi" },
        { "sv-SE", "bostadsbidrag", "Avgränsa", "sv" },
        { "en-GB", "housing allowance", "Refine", "en" },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Guidance_ShouldShowResultsBeforeARefineDisclosure_OnAPhone(string locale, string query, string refine, string language)
    {
        var page = await site.NewPageAsync(locale, 375);
        page.SetDefaultTimeout(15_000);
        await page.SetViewportSizeAsync(375, 812);

        await page.GotoAsync("/guidance?q=" + Uri.EscapeDataString(query));

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        var firstHit = page.Locator(".hit").First;
        var toggle = page.Locator(Toggle);
        await Assertions.Expect(firstHit).ToBeVisibleAsync();
        await Assertions.Expect(firstHit.Locator("mark").First).ToBeVisibleAsync();
        await Assertions.Expect(toggle).ToHaveTextAsync(refine);
        await Assertions.Expect(page.Locator(".facet a").First).ToBeHiddenAsync();
        var hitTop = (await firstHit.BoundingBoxAsync())!.Y;
        Assert.True(hitTop < (await toggle.BoundingBoxAsync())!.Y, "the first result comes before the Refine disclosure");
        Assert.True(hitTop < 812, $"the first result starts at {hitTop}px, below the first screen");
        await AssertNoSidewaysScrollAsync(page, $"/guidance {language} 375px");
        await page.AssertAxeCleanAsync();
        await page.SaveAsync($"guidance-phone-{language}-closed");

        // The disclosure opens with the keyboard; choosing a topic keeps it open on the narrowed page.
        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var topic = page.Locator(".facet a[href*='topic=']").First;
        await Assertions.Expect(topic).ToBeVisibleAsync();
        await AssertNoSidewaysScrollAsync(page, $"/guidance {language} 375px, facets open");
        await page.AssertAxeCleanAsync();
        await page.SaveAsync($"guidance-phone-{language}-open");
        await topic.ClickAsync();
        await page.WaitForURLAsync(TopicInUrl());
        await Assertions.Expect(page.Locator(".facet__remove").First).ToBeVisibleAsync();

        // Wide, the facets show beside the results, with no toggle.
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync("/guidance?q=" + Uri.EscapeDataString(query));
        await Assertions.Expect(toggle).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".facet a").First).ToBeVisibleAsync();
        Assert.True((await page.Locator(".facets").BoundingBoxAsync())!.X > (await page.Locator(".results").BoundingBoxAsync())!.X, "facets beside the results, after them");
        await page.AssertAxeCleanAsync();
        await page.SaveAsync($"guidance-wide-{language}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Guidance_ShouldOfferTopics_WhenNothingIsFound_OnAPhone()
    {
        var page = await site.NewPageAsync("fi-FI", 375);
        await page.SetViewportSizeAsync(375, 812);

        await page.GotoAsync("/guidance?q=qwxyzzv+zzqqxxv");

        await Assertions.Expect(page.Locator(".facets")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".browse-topics a").First).ToBeVisibleAsync();
        await AssertNoSidewaysScrollAsync(page, "/guidance nothing found, 375px");
        await page.AssertAxeCleanAsync();
        await page.SaveAsync("guidance-phone-nothing-found");
        await page.Locator(".browse-topics a").First.ClickAsync();
        await page.WaitForURLAsync(TopicInUrl());
        await Assertions.Expect(page.Locator(".hit").First).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Guidance_RefineDisclosure_ShouldWorkWithoutJavaScript()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseUrl,
            Locale = "fi-FI",
            JavaScriptEnabled = false,
            ViewportSize = new ViewportSize { Width = 375, Height = 812 },
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/guidance?q=asumistuki");
        await Assertions.Expect(page.Locator(".facet a").First).ToBeHiddenAsync();
        await page.Locator(Toggle).ClickAsync();
        await Assertions.Expect(page.Locator(".facet a").First).ToBeVisibleAsync();
        await page.Locator(".facet a[href*='topic=']").First.ClickAsync();
        await page.WaitForURLAsync(TopicInUrl());
        await Assertions.Expect(page.Locator(".facet__remove").First).ToBeVisibleAsync();

        // Wide, the facets show although nothing opened them.
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync("/guidance?q=asumistuki");
        await Assertions.Expect(page.Locator(Toggle)).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".facet a").First).ToBeVisibleAsync();
        await context.CloseAsync();
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page, string where)
    {
        var fits = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth");
        var wide = fits ? string.Empty : await page.EvaluateAsync<string>(
            "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)" +
            ".map(e => e.tagName + '.' + e.className + ':' + Math.round(e.getBoundingClientRect().right)).join(' ')");
        Assert.True(fits, $"{where} scrolls sideways: {wide}");
    }

    [GeneratedRegex("topic=")]
    private static partial Regex TopicInUrl();
}
