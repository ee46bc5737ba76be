using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data;
using TrainingSite.FunctionalTests.Courses;
using TrainingSite.Quizzes.Models;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Quizzes;

/// <summary>The rules of an attempt: nothing lost, no peeking, one submission, limits, the best attempt counts.</summary>
public abstract class QuizAttemptTests(SiteFactory site)
{
    private static readonly KeyValuePair<string, string>[] AllRight = [new("answer:single", "b"), new("answer:multiple", "a"), new("answer:multiple", "b"), new("answer:tf", "true")];

    [Fact]
    public async Task ShippedQuizzes_ShouldBeImportedAsPublishedQuizzes()
    {
        var quizzes = await site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Set<Quiz>().Select(q => q.CourseId).ToListAsync());

        Assert.Contains("guidance-in-multilingual-work", quizzes);
        Assert.True(quizzes.Count >= 14);
    }

    [Fact]
    public async Task Attempt_ShouldNeverShowCorrectAnswers_BeforeSubmitting()
    {
        var course = await QuizSeed.CourseWithQuizAsync(site);
        using var learner = await site.SignedInClientAsync([Roles.Learner]);

        var attemptUrl = await QuizSeed.StartAttemptAsync(learner, course);
        var html = await learner.Http.GetStringAsync(attemptUrl);
        var (review, _) = await learner.GetPageAsync(attemptUrl + "/review");

        Assert.Contains("Kuka päättää etuudesta?", html, StringComparison.Ordinal);
        Assert.DoesNotContain("SALAINEN-SELITYS", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Kela päättää etuuksista", html, StringComparison.Ordinal);
        Assert.DoesNotContain("correct", html.Replace("data-autosave", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, review.StatusCode);
    }

    [Fact]
    public async Task Answers_ShouldSurviveANewSession_AndTheAttemptContinues()
    {
        var course = await QuizSeed.CourseWithQuizAsync(site);
        var email = $"resume-{Guid.NewGuid():N}@example.fi";
        await site.CreateUserAsync(email, [Roles.Learner]);
        using var first = site.CreateSiteClient();
        await first.SignInAsync(email, SiteFactory.DefaultPassword);
        var attemptUrl = await QuizSeed.StartAttemptAsync(first, course);
        await QuizSeed.SaveAnswersAsync(first, attemptUrl, [new("answer:single", "b")]);

        using var second = site.CreateSiteClient();
        await second.SignInAsync(email, SiteFactory.DefaultPassword);
        var (started, _) = await second.SubmitFormAsync($"/courses/{course}/quiz", new Dictionary<string, string>(), formSelector: "form[action*='Start']");
        var (_, page) = await second.GetPageAsync(started.Headers.Location!.OriginalString);

        Assert.Equal(attemptUrl, started.Headers.Location!.OriginalString);
        Assert.NotNull(page.QuerySelector("input[name='answer:single'][value='b'][checked]"));
    }

    [Fact]
    public async Task Submit_ShouldGradeOnce_AndRefuseLaterChanges()
    {
        var course = await QuizSeed.CourseWithQuizAsync(site);
        using var learner = await site.SignedInClientAsync([Roles.Learner]);
        var attemptUrl = await QuizSeed.StartAttemptAsync(learner, course);
        await QuizSeed.SaveAnswersAsync(learner, attemptUrl, AllRight);

        var (submitted, _) = await learner.SubmitFormAsync(attemptUrl + "/submit", new Dictionary<string, string>());
        var (_, review) = await learner.GetPageAsync(attemptUrl + "/review");
        var token = await learner.AntiforgeryTokenAsync();
        var (again, _) = await learner.PostAsync(attemptUrl + "/submit", [new("__RequestVerificationToken", token)]);
        var (change, _) = await learner.PostAsync(attemptUrl + "?handler=Save", [new("__RequestVerificationToken", token), new("answer:single", "a")]);

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Contains("100 %", review.QuerySelector(".result")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("SALAINEN-SELITYS", review.QuerySelector(".explanation")?.TextContent, StringComparison.Ordinal);
        var article = review.QuerySelector("a[href='/guidance/kela-general-housing-allowance']");
        Assert.NotNull(article);
        Assert.NotEqual("kela-general-housing-allowance", article.TextContent.Trim()); // the article's title, not its id
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, change.StatusCode);
        var answer = await site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Set<QuizAnswer>()
            .Where(a => a.QuestionId == "single").OrderByDescending(a => a.AttemptId).Select(a => a.ChoiceIds).FirstAsync());
        Assert.Equal("b", answer);
    }

    [Fact]
    public async Task AnotherLearnersAttempt_ShouldBe404_ForEveryAction()
    {
        var course = await QuizSeed.CourseWithQuizAsync(site);
        using var owner = await site.SignedInClientAsync([Roles.Learner]);
        using var stranger = await site.SignedInClientAsync([Roles.Learner]);
        var attemptUrl = await QuizSeed.StartAttemptAsync(owner, course);
        var token = await stranger.AntiforgeryTokenAsync();

        var view = await stranger.Http.GetAsync(attemptUrl);
        var (save, _) = await stranger.PostAsync(attemptUrl + "?handler=Save", [new("__RequestVerificationToken", token), new("answer:single", "b")]);
        var (submit, _) = await stranger.PostAsync(attemptUrl + "/submit", [new("__RequestVerificationToken", token)]);
        var review = await stranger.Http.GetAsync(attemptUrl + "/review");

        Assert.All(new[] { view.StatusCode, save.StatusCode, submit.StatusCode, review.StatusCode }, status => Assert.Equal(HttpStatusCode.NotFound, status));
    }

    [Fact]
    public async Task Save_ShouldRefuseAChoiceTheQuestionDoesNotHave()
    {
        var course = await QuizSeed.CourseWithQuizAsync(site);
        using var learner = await site.SignedInClientAsync([Roles.Learner]);
        var attemptUrl = await QuizSeed.StartAttemptAsync(learner, course);
        var token = await learner.AntiforgeryTokenAsync();

        var (unknown, _) = await learner.PostAsync(attemptUrl + "?handler=Save", [new("__RequestVerificationToken", token), new("answer:single", "z")]);
        var (twoForSingle, _) = await learner.PostAsync(attemptUrl + "?handler=Save", [new("__RequestVerificationToken", token), new("answer:single", "a"), new("answer:single", "b")]);

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, twoForSingle.StatusCode);
    }

    [Fact]
    public async Task AttemptLimit_ShouldStopANewAttempt_AndTheBestAttemptCounts()
    {
        var course = await QuizSeed.CourseWithQuizAsync(site, maxAttempts: 2);
        var email = $"limit-{Guid.NewGuid():N}@example.fi";
        var user = await site.CreateUserAsync(email, [Roles.Learner]);
        using var learner = site.CreateSiteClient();
        await learner.SignInAsync(email, SiteFactory.DefaultPassword);

        var first = await QuizSeed.StartAttemptAsync(learner, course);
        await QuizSeed.SaveAnswersAsync(learner, first, [new("answer:single", "a")]);
        await learner.SubmitFormAsync(first + "/submit", new Dictionary<string, string>());
        var second = await QuizSeed.StartAttemptAsync(learner, course);
        await QuizSeed.SaveAnswersAsync(learner, second, AllRight);
        await learner.SubmitFormAsync(second + "/submit", new Dictionary<string, string>());
        var token = await learner.AntiforgeryTokenAsync();
        var (third, _) = await learner.PostAsync($"/courses/{course}/quiz?handler=Start", [new("__RequestVerificationToken", token)]);

        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.Conflict, third.StatusCode);
        var status = await site.WithServiceAsync(services => services.GetRequiredService<ICourseQuizStatus>().ForLearnerAsync(user.Id, [course], CancellationToken.None));
        Assert.Equal(new QuizStatus(Passed: true, BestPercent: 100, Attempts: 2), status[course] with { FirstPassedAt = null });
        Assert.NotNull(status[course].FirstPassedAt);
    }

    [Fact]
    public async Task Course_ShouldBeCompleteOnlyWhenTheQuizIsPassed()
    {
        var course = await QuizSeed.CourseWithQuizAsync(site, region: "vantaa");
        var email = $"complete-{Guid.NewGuid():N}@example.fi";
        var user = await site.CreateUserAsync(email, [Roles.Learner], homeRegion: "vantaa");
        using var learner = site.CreateSiteClient();
        await learner.SignInAsync(email, SiteFactory.DefaultPassword);
        await learner.SubmitFormAsync($"/courses/{course}/lessons/{course}-l", new Dictionary<string, string>(), formSelector: "form.mark-read");
        var beforeQuiz = await CompleteAsync(user.Id, course);

        var attempt = await QuizSeed.StartAttemptAsync(learner, course);
        await QuizSeed.SaveAnswersAsync(learner, attempt, AllRight);
        await learner.SubmitFormAsync(attempt + "/submit", new Dictionary<string, string>());
        var afterQuiz = await CompleteAsync(user.Id, course);
        var (_, coursePage) = await learner.GetPageAsync($"/courses/{course}");

        Assert.False(beforeQuiz);
        Assert.True(afterQuiz);
        Assert.Contains("100 %", coursePage.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditingAPublishedQuiz_ShouldNotRegradeEarlierAttempts()
    {
        var course = await QuizSeed.CourseWithQuizAsync(site);
        using var learner = await site.SignedInClientAsync([Roles.Learner]);
        var attempt = await QuizSeed.StartAttemptAsync(learner, course);
        await QuizSeed.SaveAnswersAsync(learner, attempt, AllRight);
        await learner.SubmitFormAsync(attempt + "/submit", new Dictionary<string, string>());

        // The author changes which answer is right, and publishes.
        await MakeTheFirstChoiceRightAsync(course);
        var (_, review) = await learner.GetPageAsync(attempt + "/review");

        Assert.Contains("100 %", review.QuerySelector(".result")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kela", review.QuerySelector(".choice--correct")?.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Changes the single-choice question's right answer through an export and a re-import, as an author would.</summary>
    private async Task MakeTheFirstChoiceRightAsync(string course)
    {
        var json = await site.WithServiceAsync(services => services.GetRequiredService<TrainingSite.Recipes.Services.RecipeEngine>().ExportAsync(CancellationToken.None));
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        var courses = node["steps"]!.AsArray().Single(s => s!["step"]!.GetValue<string>() == "courses")!["courses"]!.AsArray();
        var item = courses.Single(c => c!["id"]!.GetValue<string>() == course)!;
        var choices = item["quiz"]!["questions"]![0]!["choices"]!.AsArray();
        choices[0]!["correct"] = true;
        choices[1]!["correct"] = false;
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(item.ToJsonString()));
    }

    private Task<bool> CompleteAsync(string userId, string course) =>
        site.WithServiceAsync(async services => (await services.GetRequiredService<ICourseProgress>().ForLearnerAsync(userId, "vantaa", CancellationToken.None)).Regional.Single(c => c.CourseId == course).Complete);
}

public sealed class QuizAttemptTestsOnSqlite(SqliteSiteFactory site) : QuizAttemptTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class QuizAttemptTestsOnPostgres(PostgresSiteFactory site) : QuizAttemptTests(site), IClassFixture<PostgresSiteFactory>;
