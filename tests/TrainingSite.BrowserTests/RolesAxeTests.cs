using Microsoft.Playwright;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Testing;

namespace TrainingSite.BrowserTests;

/// <summary>
/// An administrator opens /admin/roles from the administration menu at 320 px and changes a grant with the keyboard
/// only: axe finds nothing, only the table's own (focusable) container scrolls sideways, and the save is confirmed.
/// </summary>
public sealed class RolesAxeTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task AdministratorChangesAGrantWithTheKeyboard_AndThePageIsAxeCleanAndFits320Pixels()
    {
        await site.CreateUserAsync("oikeudet@example.fi", [Roles.Administrator]);
        var page = await site.NewPageAsync(width: 320);
        await page.GotoAsync("/account/login?returnUrl=%2Fadmin");
        await page.GetByLabel("Sähköposti").FillAsync("oikeudet@example.fi");
        await page.GetByLabel("Salasana").FillAsync(SiteFactory.DefaultPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Roolit ja oikeudet" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/roles");
        await page.AssertAxeCleanAsync();
        await page.SaveAsync("admin-roles-320");

        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        var tableScrolls = await page.EvaluateAsync<bool>("(() => { const w = document.querySelector('.table-wrap'); return w.scrollWidth > w.clientWidth; })()");
        var box = page.GetByRole(AriaRole.Checkbox, new() { Name = "Oppija: Näkee, minkä sisältöjen tiedot on tarkistettava" });
        await box.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna oikeudet" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("p.notice")).ToHaveTextAsync("Oikeudet tallennettu.");
        var grantedAfterSave = await box.IsCheckedAsync();
        await box.UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna oikeudet" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.notice")).ToBeVisibleAsync();

        var wide = await page.EvaluateAsync<string>("[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest('.table-wrap')).map(e => e.tagName + '.' + e.className + ':' + Math.round(e.getBoundingClientRect().right)).join(' ')");
        Assert.True(overflow <= 0, $"/admin/roles scrolls sideways by {overflow}px at 320px: {wide}");
        Assert.True(tableScrolls, "the table should scroll in its own container at 320px");
        Assert.Equal("0", await page.Locator(".table-wrap").GetAttributeAsync("tabindex"));
        Assert.True(grantedAfterSave);
    }
}
