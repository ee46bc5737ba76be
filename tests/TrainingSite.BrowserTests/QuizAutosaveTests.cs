using Microsoft.Playwright;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Testing;

namespace TrainingSite.BrowserTests;

/// <summary>
/// Answers saved in the background: "saved" shows only when no save is still on its way, so a learner who sees it
/// may close the page, and every answer given is there when they come back.
/// </summary>
public sealed class QuizAutosaveTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Course = "guidance-in-multilingual-work";
    private const string Saved = "Vastaus tallennettu.";

    [Fact]
    public async Task Saved_ShouldShowOnlyWhenNoSaveIsWaiting_AndEveryAnswerShouldBeThereAfterwards()
    {
        await site.CreateUserAsync("autosave@example.fi", [Roles.Learner], homeRegion: "espoo");
        var page = await site.NewPageAsync();
        await page.GotoAsync("/account/login?returnUrl=%2Fcourses%2F" + Course + "%2Fquiz");
        await page.GetByLabel("Sähköposti").FillAsync("autosave@example.fi");
        await page.GetByLabel("Salasana").FillAsync(SiteFactory.DefaultPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Aloita tietovisa" }).ClickAsync();
        var status = page.Locator("[data-autosave-status]");
        var questions = (await page.Locator("fieldset.question input").EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.name)")).Distinct().ToList();

        await page.Locator($"input[name='{questions[0]}']").First.CheckAsync();
        await Assertions.Expect(status).ToHaveTextAsync(Saved);

        // The next saves are held on their way to the server, as on a slow connection.
        var release = new TaskCompletionSource();
        var heldSaves = 0;
        await page.RouteAsync(url => url.Contains("handler=Save", StringComparison.Ordinal), async route =>
        {
            Interlocked.Increment(ref heldSaves);
            await release.Task;
            await route.ContinueAsync();
        });
        await page.Locator($"input[name='{questions[1]}']").First.CheckAsync();
        await page.Locator($"input[name='{questions[2]}']").First.CheckAsync();
        var whileWaiting = await status.TextContentAsync();
        var sentWhileTheFirstWaits = Volatile.Read(ref heldSaves);
        release.SetResult();
        await Assertions.Expect(status).ToHaveTextAsync(Saved);
        await page.ReloadAsync();

        Assert.Equal(string.Empty, whileWaiting?.Trim());
        Assert.True(sentWhileTheFirstWaits <= 1, $"{sentWhileTheFirstWaits} saves were sent before the first came back");
        foreach (var question in questions.Take(3))
        {
            await Assertions.Expect(page.Locator($"input[name='{question}']:checked")).Not.ToHaveCountAsync(0);
        }
    }
}
