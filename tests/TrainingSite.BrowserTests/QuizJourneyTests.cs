using System.Text.Json;
using Microsoft.Playwright;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Testing;

namespace TrainingSite.BrowserTests;

/// <summary>
/// A learner takes a shipped quiz, closes the page midway, comes back, finishes, fails, retries and passes.
/// The right answers come from the recipe the site was seeded with, never from the page.
/// </summary>
public sealed class QuizJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Course = "guidance-in-multilingual-work";

    [Fact]
    public async Task Learner_ClosesMidway_ComesBack_Fails_Retries_Passes_AndEveryPageIsAxeClean()
    {
        var correct = CorrectAnswers();
        await site.CreateUserAsync("visa@example.fi", [Roles.Learner], homeRegion: "espoo");
        var page = await site.NewPageAsync();
        await page.GotoAsync("/account/login?returnUrl=%2Fcourses%2F" + Course);
        await page.GetByLabel("Sähköposti").FillAsync("visa@example.fi");
        await page.GetByLabel("Salasana").FillAsync(SiteFactory.DefaultPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Tietovisaan" }).ClickAsync();
        await page.AssertAxeCleanAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Aloita tietovisa" }).ClickAsync();
        await page.AssertAxeCleanAsync();

        // Three wrong answers, saved in the background; then the page is closed.
        var questions = await QuestionIdsAsync(page);
        foreach (var question in questions.Take(3))
        {
            await AnswerAsync(page, question, correct[question], right: false);
        }

        await Assertions.Expect(page.Locator("[data-autosave-status]")).ToHaveTextAsync("Vastaus tallennettu.");
        var context = page.Context;
        await page.CloseAsync();

        // Back later: the same attempt, the answers still there.
        page = await context.NewPageAsync();
        await page.GotoAsync($"/courses/{Course}/quiz");
        await page.GetByRole(AriaRole.Button, new() { Name = "Jatka keskeneräistä yritystä" }).ClickAsync();
        foreach (var question in questions.Take(3))
        {
            await Assertions.Expect(page.Locator($"input[name='answer:{question}']:checked")).Not.ToHaveCountAsync(0);
        }

        foreach (var question in questions.Skip(3))
        {
            await AnswerAsync(page, question, correct[question], right: false);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Tarkista ja palauta" }).ClickAsync();
        await page.AssertAxeCleanAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Palauta ja näytä tulos" }).ClickAsync();
        await Assertions.Expect(page.Locator(".result")).ToContainTextAsync("Ei hyväksytty");
        await page.AssertAxeCleanAsync();
        await page.SaveAsync("quiz-review-failed");

        // A second attempt, all right.
        await page.GetByRole(AriaRole.Link, new() { Name = "Tietovisan etusivulle" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Aloita uusi yritys" }).ClickAsync();
        foreach (var question in await QuestionIdsAsync(page))
        {
            await AnswerAsync(page, question, correct[question], right: true);
        }

        await page.SaveAsync("quiz-attempt");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tarkista ja palauta" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Palauta ja näytä tulos" }).ClickAsync();
        await Assertions.Expect(page.Locator(".result")).ToContainTextAsync("Hyväksytty: 100 %");
        await page.GotoAsync($"/courses/{Course}/quiz");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Hyväksytty. Paras tuloksesi on 100 %.");
        await page.AssertAxeCleanAsync();
    }

    [Fact]
    public async Task QuizEditor_AndQuestionEditor_ShouldBeAxeClean()
    {
        await site.CreateUserAsync("visa-admin@example.fi", [Roles.Administrator]);
        var page = await site.NewPageAsync();
        await page.GotoAsync("/account/login?returnUrl=%2Fauthoring%2Fcourses%2F" + Course + "%2Fquiz");
        await page.GetByLabel("Sähköposti").FillAsync("visa-admin@example.fi");
        await page.GetByLabel("Salasana").FillAsync(SiteFactory.DefaultPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu" }).ClickAsync();
        await page.WaitForURLAsync("**/quiz");
        await page.AssertAxeCleanAsync();
        await page.SaveAsync("quiz-editor");

        await page.Locator("ol.editor-questions a").First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Muokkaa kysymystä");
        await page.AssertAxeCleanAsync();
        await page.SaveAsync("question-editor");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna kysymys luonnokseen" }).ClickAsync();
        await page.WaitForURLAsync("**/quiz#questions");
        await Assertions.Expect(page.Locator(".badge--info")).ToHaveTextAsync("Julkaisemattomia muutoksia");
        await page.GotoAsync($"/authoring/courses/{Course}/quiz/history?from=1&to=2");
        await page.AssertAxeCleanAsync();
        await page.GotoAsync($"/authoring/courses/{Course}/quiz/statistics");
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        await page.AssertAxeCleanAsync();
        await page.SaveAsync("quiz-statistics");
    }

    private static async Task<IReadOnlyList<string>> QuestionIdsAsync(IPage page) =>
        (await page.Locator("fieldset.question input").EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.name.substring(7))")).Distinct().ToList();

    /// <summary>Checks the right choices, or one wrong choice, the way a person clicks them.</summary>
    private static async Task AnswerAsync(IPage page, string question, IReadOnlySet<string> correct, bool right)
    {
        var choices = await page.Locator($"input[name='answer:{question}']").EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.value)");
        var pick = right ? choices.Where(correct.Contains) : choices.Where(c => !correct.Contains(c)).Take(1);
        foreach (var choice in pick)
        {
            await page.Locator($"input[name='answer:{question}'][value='{choice}']").CheckAsync();
        }
    }

    private static Dictionary<string, IReadOnlySet<string>> CorrectAnswers()
    {
        using var recipe = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.ContentRecipes, "national-package.recipe.json")));
        var course = recipe.RootElement.GetProperty("steps")[0].GetProperty("courses").EnumerateArray().Single(c => c.GetProperty("id").GetString() == Course);
        return course.GetProperty("quiz").GetProperty("questions").EnumerateArray().ToDictionary(
            q => q.GetProperty("id").GetString()!,
            q => (IReadOnlySet<string>)q.GetProperty("choices").EnumerateArray().Where(c => c.GetProperty("correct").GetBoolean()).Select(c => c.GetProperty("id").GetString()!).ToHashSet());
    }
}
