using Microsoft.Playwright;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Testing;

namespace TrainingSite.BrowserTests;

/// <summary>
/// Issue 16's browser test "the signed-in front page leads to the next lesson": a counsellor registers and lands on the
/// front page with a welcome, begins from it, reads a lesson, and the front page then leads to the next lesson of that
/// course (taken from the shipped recipe, never from the page). The lesson's outline sits beside the text at 1280 px and
/// below it at 375 px. The start, a lesson, a last lesson (its next step), the dashboard and the visitor's front page
/// are axe-clean in Finnish, Swedish and English at both widths.
/// </summary>
public sealed class LearnerStartJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private static readonly (string Language, string Switch)[] Languages = [("fi", "Suomi"), ("sv", "Svenska"), ("en", "English")];

    [Fact]
    public async Task SignedInFrontPage_LeadsToTheNextLesson_AndEveryPageIsAxeCleanInEveryLanguageAndWidth()
    {
        await site.CreateUserAsync("paakayttaja@example.fi", [Roles.Administrator]);
        var page = await site.NewPageAsync();
        await RegisterAsync(page);
        await Assertions.Expect(page.Locator("main .notice")).ToContainTextAsync("Tervetuloa, Aino Neuvoja!");
        await page.AssertAxeCleanAsync();
        await page.SaveAsync("start-welcome-fi-1280");

        // She begins from the front page, reads the lesson it opens and goes back to the front page.
        await page.Locator(".start-next a.button").ClickAsync();
        await page.WaitForURLAsync("**/courses/*/lessons/*");
        var (course, lesson) = Lesson(page.Url);
        var lessons = ShippedPackage.Courses("espoo").Single(c => c.Id == course).Lessons;
        var index = lessons.ToList().IndexOf(lesson);
        Assert.True(index >= 0 && index + 1 < lessons.Count, $"{lesson} should be a lesson of {course} with one after it");
        var expected = $"/courses/{course}/lessons/{lessons[index + 1]}";
        var markRead = page.Locator("#lesson-end").GetByRole(AriaRole.Button);
        if (await markRead.IsVisibleAsync())
        {
            // Reading to the end may already have marked it (site.js); then there is no button to press.
            await markRead.ClickAsync();
        }

        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("#start-next")).ToHaveTextAsync("Jatka siitä, mihin jäit");
        var next = page.Locator(".start-next a.button");
        await Assertions.Expect(next).ToHaveAttributeAsync("href", expected);
        await next.ClickAsync();
        await page.WaitForURLAsync("**" + expected);
        await Assertions.Expect(page.Locator("nav.course-outline .course-outline__item--done")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("nav.course-outline a[aria-current=page]")).ToHaveAttributeAsync("href", expected);

        var visitor = await site.NewPageAsync();
        var lastLesson = $"/courses/{course}/lessons/{lessons[^1]}";
        foreach (var (language, switchTo) in Languages)
        {
            await SwitchAsync(page, language, switchTo);
            await SwitchAsync(visitor, language, switchTo);
            foreach (var width in new[] { 1280, 375 })
            {
                await page.SetViewportSizeAsync(width, 900);
                await visitor.SetViewportSizeAsync(width, 900);
                var shot = $"{language}-{width}";
                await VisitAsync(page, "/", "start-" + shot);
                await Assertions.Expect(page.Locator(".start-next a.button")).ToHaveAttributeAsync("href", expected);
                await Assertions.Expect(page.Locator("#progress-national-text")).ToBeVisibleAsync();
                await VisitAsync(page, lastLesson, "last-lesson-" + shot);
                await Assertions.Expect(page.Locator(".next-step a.button")).ToBeVisibleAsync();

                // Opened last, so the front page still leads here in the next round.
                await VisitAsync(page, expected, "lesson-" + shot);
                await AssertOutlinePlacedAsync(page, width);
                await VisitAsync(page, "/dashboard", "dashboard-" + shot);
                await VisitAsync(page, $"/courses/{course}", "course-" + shot);
                await VisitAsync(visitor, "/", "visitor-" + shot);
            }
        }
    }

    private async Task RegisterAsync(IPage page)
    {
        await page.GotoAsync("/account/register");
        await page.GetByLabel("Nimi").FillAsync("Aino Neuvoja");
        await page.GetByLabel("Sähköposti").FillAsync("aino@example.fi");
        await page.GetByLabel("Kotialue").SelectOptionAsync("espoo");
        await page.GetByLabel("Salasana", new() { Exact = true }).FillAsync(SiteFactory.DefaultPassword);
        await page.GetByLabel("Salasana uudelleen").FillAsync(SiteFactory.DefaultPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Luo tili" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(site.BaseUrl + "/", new() { Timeout = 30_000 });
    }

    private static async Task SwitchAsync(IPage page, string language, string switchTo)
    {
        if (page.Url == "about:blank")
        {
            await page.GotoAsync("/");
        }

        if (language != "fi")
        {
            await page.GetByRole(AriaRole.Button, new() { Name = switchTo }).ClickAsync();
        }

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
    }

    private static async Task VisitAsync(IPage page, string url, string shot)
    {
        await page.GotoAsync(url);
        await Assertions.Expect(page.Locator("main h1")).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, $"{url} scrolls sideways at {page.ViewportSize?.Width} px");
        await page.AssertAxeCleanAsync();
        await page.SaveAsync(shot);
    }

    /// <summary>The outline beside the lesson's text at 1280 px, below it at 375 px.</summary>
    private static async Task AssertOutlinePlacedAsync(IPage page, int width)
    {
        var text = await page.Locator("article.lesson").BoundingBoxAsync();
        var outline = await page.Locator("nav.course-outline").BoundingBoxAsync();
        Assert.NotNull(text);
        Assert.NotNull(outline);
        if (width >= 1280)
        {
            Assert.True(outline.X >= text.X + text.Width, $"at {width} px the outline should be beside the text");
        }
        else
        {
            Assert.True(outline.Y >= text.Y + text.Height, $"at {width} px the outline should be below the text");
        }
    }

    private static (string Course, string Lesson) Lesson(string url)
    {
        var parts = new Uri(url).AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return (parts[1], parts[3]);
    }
}
