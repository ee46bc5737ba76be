using Microsoft.Playwright;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Testing;

namespace TrainingSite.BrowserTests;

/// <summary>
/// An administrator writes a guidance article: list, new-article form (with its error summary), editor with
/// live preview, publishing, and the version history with a comparison. axe runs on every page.
/// </summary>
public sealed class GuidanceAuthoringAxeTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task AdministratorWritesAndPublishesAnArticle_AndEveryAuthoringPageIsAxeClean()
    {
        await site.CreateUserAsync("ohjeet-admin@example.fi", [Roles.Administrator]);
        var page = await site.NewPageAsync();
        await page.GotoAsync("/account/login?returnUrl=%2Fauthoring%2Fguidance");
        await page.GetByLabel("Sähköposti").FillAsync("ohjeet-admin@example.fi");
        await page.GetByLabel("Salasana").FillAsync(SiteFactory.DefaultPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu" }).ClickAsync();
        await page.WaitForURLAsync("**/authoring/guidance");
        await Assertions.Expect(page.Locator("tbody tr").First).ToBeVisibleAsync();
        await page.AssertAxeCleanAsync();
        await page.GotoAsync("/authoring/guidance?state=lost");
        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        await page.AssertAxeCleanAsync();

        // The new-article form, first sent empty, then filled in.
        await page.GotoAsync("/authoring/guidance");
        await page.GetByRole(AriaRole.Link, new() { Name = "Uusi artikkeli" }).ClickAsync();
        await page.AssertAxeCleanAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Luo luonnos" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        await page.AssertAxeCleanAsync();
        await page.GetByLabel("Alue", new() { Exact = true }).SelectOptionAsync("espoo");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Suomi" }).ClickAsync();
        await page.GetByLabel("Otsikko (Suomi)").FillAsync("Asumisneuvonta Espoossa");
        await page.GetByLabel("Teksti (Suomi)").FillAsync("## Mistä apua\n\nAsumisneuvoja auttaa **vuokranmaksussa**.");
        await Assertions.Expect(page.Locator("#preview-fi h2")).ToHaveTextAsync("Mistä apua");
        await page.GetByLabel("Aihe", new() { Exact = true }).SelectOptionAsync("housing");
        await page.GetByLabel("Avainsanat").FillAsync("vuokra, asumisneuvonta");
        await page.GetByRole(AriaRole.Button, new() { Name = "Luo luonnos" }).ClickAsync();
        await page.WaitForURLAsync("**/authoring/guidance/asumisneuvonta-espoossa");
        await page.AssertAxeCleanAsync();
        await page.SaveAsync("guidance-editor");

        // Published, changed and published again, so the history has two versions to compare.
        await page.GetByRole(AriaRole.Button, new() { Name = "Julkaise artikkeli" }).ClickAsync();

        // Written in Finnish only: publishing first names the missing translations, and the administrator publishes anyway.
        await Assertions.Expect(page.Locator("[data-translation-warning] li")).ToHaveCountAsync(2);
        await page.AssertAxeCleanAsync();
        await page.SaveAsync("guidance-translation-warning");
        await page.GetByRole(AriaRole.Button, new() { Name = "Julkaise silti" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.notice")).ToContainTextAsync("Julkaistu.");
        await page.GetByLabel("Teksti (Suomi)").FillAsync("## Mistä apua\n\nAsumisneuvoja auttaa vuokranmaksussa ja häätöuhassa.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna luonnos" }).ClickAsync();
        await page.AssertAxeCleanAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Julkaise artikkeli" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Julkaise silti" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.notice")).ToContainTextAsync("Julkaistu.");
        await page.GotoAsync("/authoring/guidance/asumisneuvonta-espoossa/history?from=1&to=2");
        await Assertions.Expect(page.Locator(".diff ins").First).ToContainTextAsync("häätöuhassa");
        await page.AssertAxeCleanAsync();
        await page.SaveAsync("guidance-history");

        // Deleting without ticking the box shows the message next to it.
        await page.GotoAsync("/authoring/guidance/asumisneuvonta-espoossa");
        await page.GetByRole(AriaRole.Button, new() { Name = "Poista artikkeli" }).ClickAsync();
        await Assertions.Expect(page.Locator(".field-error").First).ToBeVisibleAsync();
        await page.AssertAxeCleanAsync();
    }
}
