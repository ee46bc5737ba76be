using Microsoft.Playwright;

namespace TrainingSite.BrowserTests;

/// <summary>
/// A counsellor checks a word: opens the glossary, searches without ä/ö by keyboard, jumps by letter; the page
/// is axe-clean and fits a 320 px screen.
/// </summary>
public sealed class GlossaryJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Glossary_SearchAndJump_ByKeyboard()
    {
        var page = await site.NewPageAsync();
        page.SetDefaultTimeout(15_000);

        await page.GotoAsync("/glossary");
        await page.AssertAxeCleanAsync();
        await page.SaveAsync("glossary");

        await page.GetByLabel("Hae sanastosta").FocusAsync();
        await page.Keyboard.TypeAsync("paivahoito");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/glossary?q=paivahoito");
        await Assertions.Expect(page.Locator(".glossary__entry")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".glossary__term dfn")).ToHaveTextAsync("varhaiskasvatus");
        await page.AssertAxeCleanAsync();
    }

    [Fact]
    public async Task Glossary_ShouldFitA320PixelScreen()
    {
        var page = await site.NewPageAsync(width: 320);

        await page.GotoAsync("/glossary");
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.True(overflow <= 0, $"/glossary scrolls sideways by {overflow}px at 320px");
        await page.SaveAsync("glossary-320");
    }
}
