using Microsoft.Playwright;
using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.BrowserTests;

/// <summary>
/// A regional coordinator writes and publishes a lesson; a learner of that region reads it and marks it
/// read. axe runs on every page of the catalogue, the learning pages and the authoring area.
/// </summary>
public sealed class CourseJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Password = "Koulutus-2026!";

    [Fact]
    public async Task CoordinatorPublishes_LearnerOfTheRegionReads_AndEveryPageIsAxeClean()
    {
        await site.CreateUserAsync("koordinaattori@example.fi", [Roles.RegionalCoordinator, Roles.Learner], homeRegion: "espoo", coordinatedRegions: ["espoo"]);
        await site.CreateUserAsync("oppija@example.fi", [Roles.Learner, Roles.NetworkMember], homeRegion: "espoo");
        var author = await SignInAsync("koordinaattori@example.fi");

        // The coordinator creates a course in her own region.
        await author.GotoAsync("/authoring/courses");
        await author.AssertAxeCleanAsync();
        await author.SaveAsync("authoring-index");
        await author.GetByRole(AriaRole.Link, new() { Name = "Uusi kurssi" }).ClickAsync();
        await author.AssertAxeCleanAsync();
        await author.GetByLabel("Paketin osa").SelectOptionAsync("espoo");
        await author.GetByRole(AriaRole.Tab, new() { Name = "Suomi" }).ClickAsync();
        await author.GetByLabel("Otsikko (Suomi)").FillAsync("Espoon pikaopas");
        await author.GetByLabel("Tiivistelmä (Suomi)").FillAsync("Lyhyt johdanto Espoon palveluihin.");
        await author.GetByRole(AriaRole.Button, new() { Name = "Luo luonnos" }).ClickAsync();
        await author.WaitForURLAsync("**/authoring/courses/espoon-pikaopas");
        await author.AssertAxeCleanAsync();

        // She writes a lesson; the live preview follows her text.
        await author.GetByRole(AriaRole.Link, new() { Name = "Uusi oppitunti" }).ClickAsync();
        await author.AssertAxeCleanAsync();
        await author.GetByLabel("Otsikko (Suomi)").FillAsync("Asiointipiste Iso Omenassa");
        await author.GetByLabel("Oppitunnin teksti (Suomi)").FillAsync("## Mitä pisteessä tehdään\n\nNeuvonta **suomeksi, ruotsiksi ja englanniksi**.");
        await Assertions.Expect(author.Locator("#preview-fi h2")).ToHaveTextAsync("Mitä pisteessä tehdään");
        await author.SaveAsync("lesson-editor");
        await author.GetByRole(AriaRole.Button, new() { Name = "Tallenna luonnos" }).ClickAsync();
        await author.WaitForURLAsync("**/lessons/asiointipiste-iso-omenassa");
        await author.AssertAxeCleanAsync();

        // She publishes the course with its lesson.
        await author.GotoAsync("/authoring/courses/espoon-pikaopas");
        await author.GetByRole(AriaRole.Button, new() { Name = "Julkaise kurssi" }).ClickAsync();
        await Assertions.Expect(author.Locator("p.notice")).ToHaveTextAsync("Julkaistu.");
        await author.SaveAsync("course-editor");

        // A second version, so the history has something to compare.
        await author.GotoAsync("/authoring/courses/espoon-pikaopas/lessons/asiointipiste-iso-omenassa");
        await author.GetByLabel("Oppitunnin teksti (Suomi)").FillAsync("## Mitä pisteessä tehdään\n\nNeuvonta suomeksi, ruotsiksi, englanniksi ja kurdiksi.");
        await author.GetByRole(AriaRole.Button, new() { Name = "Tallenna luonnos" }).ClickAsync();
        await author.GetByRole(AriaRole.Button, new() { Name = "Julkaise oppitunti" }).ClickAsync();

        // The lesson has no Swedish or English text: publishing warns first, and she publishes anyway.
        await Assertions.Expect(author.Locator("[data-translation-warning] li")).ToHaveCountAsync(2);
        await author.AssertAxeCleanAsync();
        await author.SaveAsync("lesson-translation-warning");
        await author.GetByRole(AriaRole.Button, new() { Name = "Julkaise silti" }).ClickAsync();
        await Assertions.Expect(author.Locator("p.notice")).ToHaveTextAsync("Julkaistu.");
        await author.GotoAsync("/authoring/courses/espoon-pikaopas/lessons/asiointipiste-iso-omenassa/history?from=1&to=2");
        await Assertions.Expect(author.Locator(".diff ins").First).ToContainTextAsync("kurdiksi");
        await author.AssertAxeCleanAsync();
        await author.SaveAsync("history");
        await author.GotoAsync("/authoring/courses/espoon-pikaopas/history");
        await author.AssertAxeCleanAsync();

        // A learner of Espoo finds it in her regional section and reads it.
        var learner = await SignInAsync("oppija@example.fi");
        await learner.GotoAsync("/courses");
        await learner.AssertAxeCleanAsync();
        await learner.SaveAsync("catalogue");
        await learner.Locator("section[aria-labelledby=home-section]").GetByRole(AriaRole.Link, new() { Name = "Espoon pikaopas", Exact = true }).ClickAsync();
        await learner.AssertAxeCleanAsync();
        await learner.GetByRole(AriaRole.Link, new() { Name = "Aloita kurssi" }).ClickAsync();
        await Assertions.Expect(learner.Locator("h1")).ToHaveTextAsync("Asiointipiste Iso Omenassa");
        await Assertions.Expect(learner.Locator(".prose")).ToContainTextAsync("kurdiksi");
        await learner.AssertAxeCleanAsync();
        await learner.SaveAsync("lesson");
        await learner.GetByRole(AriaRole.Button, new() { Name = "Merkitse luetuksi" }).ClickAsync();
        await learner.WaitForURLAsync("**/courses/espoon-pikaopas");
        await Assertions.Expect(learner.Locator(".lesson-list__item--done")).ToHaveCountAsync(1);
        await learner.AssertAxeCleanAsync();
        await learner.GotoAsync("/dashboard");
        await Assertions.Expect(learner.Locator("section[aria-labelledby=dash-regional]")).ToContainTextAsync("Suoritettu");
        await learner.AssertAxeCleanAsync();
        await learner.SaveAsync("dashboard");
    }

    [Fact]
    public async Task LanguageTabs_ShouldWorkWithTheKeyboard()
    {
        await site.CreateUserAsync("tabs@example.fi", [Roles.Administrator]);
        var page = await SignInAsync("tabs@example.fi");
        await page.GotoAsync("/authoring/courses/new");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Suomi" }).FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");

        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Svenska" })).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Svenska" })).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(page.GetByLabel("Otsikko (Svenska)")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Otsikko (Suomi)")).ToBeHiddenAsync();
    }

    private async Task<IPage> SignInAsync(string email)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/account/login?returnUrl=%2Fcourses");
        await page.GetByLabel("Sähköposti").FillAsync(email);
        await page.GetByLabel("Salasana").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu" }).ClickAsync();
        await page.WaitForURLAsync("**/courses");
        return page;
    }
}
