using Microsoft.Playwright;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Testing;

namespace TrainingSite.BrowserTests;

/// <summary>
/// An administrator keeps a service point: the list, the new-point form sent empty and then with overlapping hours
/// (the error summary focused, its link naming the field), the editor, publishing past the translation warning,
/// the history; axe runs on every page, and the editor neither fails axe nor scrolls sideways at 320 px.
/// </summary>
public sealed class DirectoryAuthoringAxeTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task AdministratorCreatesAndPublishesAServicePoint_AndEveryPageIsAxeClean()
    {
        await site.CreateUserAsync("palvelupisteet-admin@example.fi", [Roles.Administrator]);
        var page = await site.NewPageAsync();
        await page.GotoAsync("/account/login?returnUrl=%2Fauthoring%2Fdirectory");
        await page.GetByLabel("Sähköposti").FillAsync("palvelupisteet-admin@example.fi");
        await page.GetByLabel("Salasana").FillAsync(SiteFactory.DefaultPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu" }).ClickAsync();
        await page.WaitForURLAsync("**/authoring/directory");
        await page.AssertAxeCleanAsync();

        // Sent empty: the summary takes the focus and names what is missing.
        await page.GetByRole(AriaRole.Link, new() { Name = "Uusi palvelupiste" }).ClickAsync();
        await page.AssertAxeCleanAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Luo luonnos" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        await page.AssertAxeCleanAsync();

        // Filled in, with the afternoon overlapping the morning: the message links to the later range.
        await page.GetByLabel("Alue", new() { Exact = true }).SelectOptionAsync("espoo");
        await page.GetByLabel("Palvelupisteen nimi, Suomi").FillAsync("Espoon neuvontapiste");
        await page.GetByLabel("Organisaatio, Suomi").FillAsync("Espoon kaupunki");
        await page.GetByLabel("Organisaation tyyppi").SelectOptionAsync("municipality");
        await page.GetByLabel("Kaupunki, Suomi").FillAsync("Espoo");
        await page.GetByLabel("Ajanvaraus ja asiointi, Suomi").FillAsync("Tule käymään ilman ajanvarausta.");
        await page.Locator("#Input_Topics_housing").CheckAsync();
        await page.GetByLabel("Asiointi paikan päällä, maanantai, Avautuu (1)").FillAsync("09:00");
        await page.GetByLabel("Asiointi paikan päällä, maanantai, Sulkeutuu (1)").FillAsync("12:00");
        await page.GetByLabel("Asiointi paikan päällä, maanantai, Avautuu (2)").FillAsync("11:00");
        await page.GetByLabel("Asiointi paikan päällä, maanantai, Sulkeutuu (2)").FillAsync("16:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Luo luonnos" }).ClickAsync();
        var overlap = page.Locator(".error-summary a", new() { HasTextString = "päällekkäin" });
        await Assertions.Expect(overlap).ToHaveCountAsync(1);
        await page.AssertAxeCleanAsync();
        await Assertions.Expect(overlap).ToHaveAttributeAsync("href", "#Input_Hours_1__Opens");
        await page.GetByLabel("Asiointi paikan päällä, maanantai, Avautuu (2)").FillAsync("13:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Luo luonnos" }).ClickAsync();
        await page.WaitForURLAsync("**/authoring/directory/espoon-neuvontapiste");
        await page.AssertAxeCleanAsync();
        await page.SaveAsync("directory-editor");

        // Written in Finnish only: publishing first names the missing translations.
        await page.GetByRole(AriaRole.Button, new() { Name = "Julkaise palvelupiste" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-translation-warning] li")).ToHaveCountAsync(2);
        await page.GetByRole(AriaRole.Button, new() { Name = "Julkaise silti" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.notice")).ToContainTextAsync("Julkaistu.");
        await page.GetByLabel("Puhelinnumero").FillAsync("+358 9 816 57070");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna luonnos" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.notice")).ToBeVisibleAsync();
        await page.GotoAsync("/authoring/directory/espoon-neuvontapiste/history?from=1&to=2");
        await Assertions.Expect(page.Locator(".diff ins").First).ToContainTextAsync("+358 9 816 57070");
        await page.AssertAxeCleanAsync();

        // On a narrow phone the editor's grid wraps: no sideways scrolling.
        await page.SetViewportSizeAsync(320, 800);
        await page.GotoAsync("/authoring/directory/espoon-neuvontapiste");
        await page.AssertAxeCleanAsync();
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"), "The editor scrolls sideways at 320 px");
        await page.SaveAsync("directory-editor-320");
    }
}
