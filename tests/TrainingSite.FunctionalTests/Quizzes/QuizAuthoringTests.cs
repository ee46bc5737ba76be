using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data;
using TrainingSite.FunctionalTests.Courses;
using TrainingSite.Quizzes.Models;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Quizzes;

/// <summary>The question editor: regional scope on every handler, validation, and drafts learners do not see.</summary>
public abstract class QuizAuthoringTests(SiteFactory site)
{
    [Fact]
    public async Task Coordinator_ShouldCreateAndPublishAQuiz_ForTheirOwnRegion()
    {
        var course = CourseSeed.NewId("qa");
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(course, "espoo", course + "-l")));
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        using var learner = await site.SignedInClientAsync([Roles.Learner], homeRegion: "espoo");
        var editor = $"/authoring/courses/{course}/quiz";

        var (created, _) = await coordinator.SubmitFormAsync(editor, new Dictionary<string, string>(), formSelector: "form[action*='Create']");
        var (question, _) = await coordinator.SubmitFormAsync($"{editor}/questions/new", new Dictionary<string, string>
        {
            ["Input.Kind"] = "single",
            ["Input.Prompt[fi]"] = "Kuka päättää asumistuesta?",
            ["Input.Choices[0].Text[fi]"] = "Kela",
            ["Input.Choices[0].Correct"] = "true",
            ["Input.Choices[1].Text[fi]"] = "Neuvoja",
            ["Input.Articles"] = "kela-general-housing-allowance",
        });
        var (beforePublish, _) = await learner.GetPageAsync($"/courses/{course}/quiz");
        var (published, _) = await coordinator.SubmitFormAsync(editor, new Dictionary<string, string>(), formSelector: "form[action*='Publish']");
        var (afterPublish, quizPage) = await learner.GetPageAsync($"/courses/{course}/quiz");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, question.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, beforePublish.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterPublish.StatusCode);
        Assert.Contains("1", quizPage.QuerySelector("main ul li")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_ShouldBeRefusedWith400_WhenItsChoicesBreakTheRules()
    {
        var course = await QuizSeed.CourseWithQuizAsync(site);
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);

        var (twoRight, page) = await admin.SubmitFormAsync($"/authoring/courses/{course}/quiz/questions/new", new Dictionary<string, string>
        {
            ["Input.Kind"] = "single",
            ["Input.Prompt[fi]"] = "Kysymys",
            ["Input.Choices[0].Text[fi]"] = "A",
            ["Input.Choices[0].Correct"] = "true",
            ["Input.Choices[1].Text[fi]"] = "B",
            ["Input.Choices[1].Correct"] = "true",
        });
        var (noPrompt, _) = await admin.SubmitFormAsync($"/authoring/courses/{course}/quiz/questions/single", new Dictionary<string, string> { ["Input.Prompt[fi]"] = "" });

        Assert.Equal(HttpStatusCode.BadRequest, twoRight.StatusCode);
        Assert.Contains("tasan yksi oikein", page.QuerySelector(".error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noPrompt.StatusCode);
    }

    [Fact]
    public async Task Question_ShouldKeepTheChoicesSent_NotAnswer500_WhenThePostNamesAChoiceItSendsNoFieldsFor()
    {
        var course = await QuizSeed.CourseWithQuizAsync(site);
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);

        var (response, page) = await admin.SubmitFormAsync($"/authoring/courses/{course}/quiz/questions/new", new Dictionary<string, string>
        {
            ["Input.Kind"] = "single",
            ["Input.Prompt[fi]"] = "Kysymys",
            ["Input.Choices.index"] = "x",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(page.QuerySelector(".error-summary"));
    }

    [Fact]
    public async Task EditingAPublishedQuiz_ShouldStayADraft_UntilPublished()
    {
        var course = await QuizSeed.CourseWithQuizAsync(site);
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        using var learner = await site.SignedInClientAsync([Roles.Learner]);

        await admin.SubmitFormAsync($"/authoring/courses/{course}/quiz/questions/tf", new Dictionary<string, string> { ["Input.Prompt[fi]"] = "Muutettu kysymys" });
        var (started, _) = await learner.SubmitFormAsync($"/courses/{course}/quiz", new Dictionary<string, string>(), formSelector: "form[action*='Start']");
        var (_, attempt) = await learner.GetPageAsync(started.Headers.Location!.OriginalString);

        Assert.Contains("Tulkki on puolueeton.", attempt.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Muutettu kysymys", attempt.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_ShouldCompareVersions_AndRestoreAnEarlierOne()
    {
        var course = await QuizSeed.CourseWithQuizAsync(site);
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        var editor = $"/authoring/courses/{course}/quiz";
        await admin.SubmitFormAsync($"{editor}/questions/tf", new Dictionary<string, string>
        {
            ["Input.Kind"] = "truefalse",
            ["Input.Prompt[fi]"] = "Tulkki kertoo oman mielipiteensä.",
            ["Input.Choices[0].Id"] = "true",
            ["Input.Choices[0].Text[fi]"] = "Totta",
            ["Input.Choices[1].Id"] = "false",
            ["Input.Choices[1].Text[fi]"] = "Tarua",
            ["Input.Choices[1].Correct"] = "true",
        });
        await admin.SubmitFormAsync(editor, new Dictionary<string, string>(), formSelector: "form[action*='Publish']");

        var (_, history) = await admin.GetPageAsync($"{editor}/history?from=1&to=2");
        var (restored, _) = await admin.SubmitFormAsync($"{editor}/history", new Dictionary<string, string>(), formSelector: "#restore-form", submitName: "number", submitValue: "1");
        var (_, afterRestore) = await admin.GetPageAsync($"{editor}/questions/tf");

        Assert.Equal(2, history.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Tulkki on puolueeton.", string.Concat(history.QuerySelectorAll(".diff del").Select(d => d.TextContent)), StringComparison.Ordinal);
        Assert.Contains("Tulkki kertoo oman mielipiteensä.", string.Concat(history.QuerySelectorAll(".diff ins").Select(d => d.TextContent)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal("Tulkki on puolueeton.", afterRestore.QuerySelector("textarea[name='Input.Prompt[fi]']")?.TextContent);
    }

    [Fact]
    public async Task PurgingACourse_ShouldDeleteItsQuizAttemptsAndAnswers()
    {
        var course = await QuizSeed.CourseWithQuizAsync(site);
        using var learner = await site.SignedInClientAsync([Roles.Learner]);
        var attempt = await QuizSeed.StartAttemptAsync(learner, course);
        await QuizSeed.SaveAnswersAsync(learner, attempt, [new("answer:single", "b")]);
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);

        // The attempt is a learner's data, so the course is not simply deleted: an administrator purges it.
        var (deleted, _) = await admin.SubmitFormAsync($"/authoring/courses/{course}", new Dictionary<string, string> { ["ConfirmPurge"] = "true" }, formSelector: "form[action*='Purge']");
        var (quizPage, _) = await learner.GetPageAsync($"/courses/{course}/quiz");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, quizPage.StatusCode);
        var left = await site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Set<Quiz>().CountAsync(q => q.CourseId == course));
        Assert.Equal(0, left);
    }

    [Theory]
    [InlineData("helsinki-coordinator")]
    [InlineData("learner")]
    public async Task OthersShouldGet403_OnEveryEditorHandler(string who)
    {
        var course = await QuizSeed.CourseWithQuizAsync(site, region: "espoo");
        using var client = who == "learner"
            ? await site.SignedInClientAsync([Roles.Learner])
            : await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["helsinki"]);
        var token = await client.AntiforgeryTokenAsync();
        var editor = $"/authoring/courses/{course}/quiz";

        var view = await client.Http.GetAsync(editor);
        var question = await client.Http.GetAsync($"{editor}/questions/single");
        var (save, _) = await client.PostAsync($"{editor}?handler=Save", [new("__RequestVerificationToken", token), new("Input.Title[fi]", "x")]);
        var (publish, _) = await client.PostAsync($"{editor}?handler=Publish", [new("__RequestVerificationToken", token)]);
        var (delete, _) = await client.PostAsync($"{editor}?handler=DeleteQuestion", [new("__RequestVerificationToken", token), new("questionId", "single")]);
        var (edit, _) = await client.PostAsync($"{editor}/questions/single", [new("__RequestVerificationToken", token), new("Input.Prompt[fi]", "x")]);
        var history = await client.Http.GetAsync($"{editor}/history");
        var (restore, _) = await client.PostAsync($"{editor}/history?handler=Restore", [new("__RequestVerificationToken", token), new("number", "1")]);

        Assert.All(new[] { view.StatusCode, question.StatusCode, save.StatusCode, publish.StatusCode, delete.StatusCode, edit.StatusCode, history.StatusCode, restore.StatusCode }, s => Assert.Equal(HttpStatusCode.Forbidden, s));
    }
}

public sealed class QuizAuthoringTestsOnSqlite(SqliteSiteFactory site) : QuizAuthoringTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class QuizAuthoringTestsOnPostgres(PostgresSiteFactory site) : QuizAuthoringTests(site), IClassFixture<PostgresSiteFactory>;
