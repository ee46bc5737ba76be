using Microsoft.Playwright;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Testing;

namespace TrainingSite.BrowserTests;

/// <summary>
/// A coordinator opens /authoring/review from the administration menu, follows an item to its editor and ticks
/// "facts checked"; axe runs on the list, and at 320 px only the table's own container scrolls sideways.
/// </summary>
public sealed class ReviewListAxeTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task CoordinatorChecksTheFactsOfAnItemOnTheList_AndTheListIsAxeCleanAndFits320Pixels()
    {
        await site.CreateUserAsync("tarkistaja@example.fi", [Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        var page = await site.NewPageAsync(width: 320);
        await page.GotoAsync("/account/login?returnUrl=%2Fadmin");
        await page.GetByLabel("Sähköposti").FillAsync("tarkistaja@example.fi");
        await page.GetByLabel("Salasana").FillAsync(SiteFactory.DefaultPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tietojen tarkistus" }).ClickAsync();
        await page.WaitForURLAsync("**/authoring/review");
        await Assertions.Expect(page.Locator("tbody tr").First).ToBeVisibleAsync();
        await page.AssertAxeCleanAsync();
        await page.SaveAsync("review-list-320");

        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        var tableScrolls = await page.EvaluateAsync<bool>("(() => { const w = document.querySelector('.table-wrap'); return w.scrollWidth > w.clientWidth; })()");
        var rows = await page.Locator("tbody tr").CountAsync();
        var first = page.Locator("tbody tr th a").First;
        var editor = await first.GetAttributeAsync("href");
        await first.ClickAsync();
        await page.GetByLabel("Tiedot tarkistettu").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna luonnos" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.notice")).ToBeVisibleAsync();
        await page.GotoAsync("/authoring/review");

        Assert.True(overflow <= 0, $"/authoring/review scrolls sideways by {overflow}px at 320px");
        Assert.True(tableScrolls, "the table should scroll in its own container at 320px");
        Assert.Equal(rows - 1, await page.Locator("tbody tr").CountAsync());
        Assert.Equal(0, await page.Locator($"tbody a[href='{editor}']").CountAsync());
    }
}
