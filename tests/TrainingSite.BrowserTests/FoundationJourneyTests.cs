using Microsoft.Playwright;
using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.BrowserTests;

/// <summary>
/// A person's first hour on a new site, in a real browser: the administrator sets the site up, a counsellor
/// registers, signs in and switches language. axe runs on every page the foundation has.
/// </summary>
public sealed class FoundationJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Password = "Koulutus-2026!";

    [Fact]
    public async Task FirstRun_Register_SignIn_SwitchLanguage_AndEveryPageIsAxeClean()
    {
        var page = await site.NewPageAsync();

        // The administrator's first run.
        await page.GotoAsync("/");
        Assert.EndsWith("/setup", page.Url, StringComparison.Ordinal);
        await page.AssertAxeCleanAsync();
        await page.GetByLabel("Nimi").FillAsync("Pääkäyttäjä");
        await page.GetByLabel("Sähköposti").FillAsync("admin@example.fi");
        await page.GetByLabel("Salasana", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Salasana uudelleen").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Luo ylläpitäjä" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
        await Assertions.Expect(page.Locator("main .notice")).ToContainTextAsync("Ylläpitäjän tili on luotu");
        await page.AssertAxeCleanAsync();
        foreach (var adminPage in new[] { "/admin", "/admin/recipes" })
        {
            await page.GotoAsync(adminPage);
            await page.AssertAxeCleanAsync();
        }

        await page.GotoAsync("/admin/users");
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Pääkäyttäjä" }).ClickAsync();
        await page.AssertAxeCleanAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu ulos" }).ClickAsync();

        // A counsellor registers: first with mistakes, then properly.
        await page.GotoAsync("/");
        await page.AssertAxeCleanAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Luo tili" }).First.ClickAsync();
        await page.AssertAxeCleanAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Luo tili" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        await page.AssertAxeCleanAsync();
        await page.GetByLabel("Nimi").FillAsync("Aino Neuvoja");
        await page.GetByLabel("Sähköposti").FillAsync("aino@example.fi");
        await page.GetByLabel("Kotialue").SelectOptionAsync("espoo");
        await page.GetByLabel("Salasana", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Salasana uudelleen").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Luo tili" }).ClickAsync();
        // An assertion rather than WaitForURL: when registration does not land on the front page, the failure names
        // the page it stayed on instead of only timing out.
        await Assertions.Expect(page).ToHaveURLAsync(site.BaseUrl + "/", new() { Timeout = 30_000 });

        // Her own pages, then Swedish from the header's switcher.
        foreach (var own in new[] { "/account/profile", "/account/password", "/account/data", "/account/delete", "/language" })
        {
            await page.GotoAsync(own);
            await page.AssertAxeCleanAsync();
        }

        await page.GotoAsync("/account/profile");
        await page.GetByRole(AriaRole.Button, new() { Name = "Svenska" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "sv");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Mina uppgifter");
        await page.AssertAxeCleanAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" }).ClickAsync();

        // Signing in again keeps her language, which now lives in her profile.
        await page.GotoAsync("/account/login");
        await page.AssertAxeCleanAsync();
        await page.GetByLabel("E-post").FillAsync("aino@example.fi");
        await page.GetByLabel("Lösenord").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(site.BaseUrl + "/", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "sv");
        await page.GotoAsync("/account/logout");
        await page.AssertAxeCleanAsync();

        // The remaining public pages, in English.
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        foreach (var anonymous in new[] { "/account/forgot-password", "/account/reset-password?email=a%40example.fi&code=x", "/no-such-page" })
        {
            await page.Context.ClearCookiesAsync();
            await page.GotoAsync(anonymous);
            await page.AssertAxeCleanAsync();
        }
    }

    [Fact]
    public async Task Keyboard_ShouldReachTheSkipLinkFirst_AndMoveFocusToMain()
    {
        var page = await site.NewPageAsync(locale: "en-GB");
        await page.GotoAsync("/account/login");

        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator(".skip-link")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        Assert.EndsWith("#main", page.Url, StringComparison.Ordinal);
        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("document.activeElement.closest('main') ? 'main' : 'elsewhere'");
        Assert.Equal("main", focused);
    }

    [Fact]
    public async Task Pages_ShouldFitA320PixelScreen_WithoutSidewaysScrolling()
    {
        var page = await site.NewPageAsync(width: 320);

        foreach (var path in new[] { "/account/register", "/account/login", "/no-such-page" })
        {
            await page.GotoAsync(path);
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow}px at 320px");
        }
    }

    [Fact]
    public async Task Learner_ShouldGetTheLocalized403Page_ForAdministration()
    {
        await site.CreateUserAsync("learner-403@example.fi", [Roles.Learner]);
        var page = await site.NewPageAsync(locale: "en-GB");
        await page.GotoAsync("/account/login?returnUrl=%2Faccount%2Fprofile");
        await page.GetByLabel("E-mail").FillAsync("learner-403@example.fi");
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/account/profile");

        var response = await page.GotoAsync("/admin/users");

        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Access denied");
        await page.AssertAxeCleanAsync();
    }
}
