using System.Net;
using AngleSharp.Dom;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.FunctionalTests.Courses;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Quizzes;

/// <summary>
/// The quiz statistics page: right numbers from submitted attempts only, and only within the regional scope.
/// Five learners submit (single, multiple, true/false) scoring (1, 1, 1) twice, (1, 0, 1), (0, 0, 1) and (0, 0, 1)
/// with the multiple-choice question left unanswered; everyone got the true/false question right. Five attempts are far
/// below the rule's limits (QuestionFlagRule), so no discrimination is shown and nothing is flagged.
/// </summary>
public abstract class QuizStatisticsTests(SiteFactory site)
{
    private static readonly KeyValuePair<string, string>[][] Submissions =
    [
        [new("answer:single", "b"), new("answer:multiple", "a"), new("answer:multiple", "b"), new("answer:tf", "true")],
        [new("answer:single", "b"), new("answer:multiple", "a"), new("answer:multiple", "b"), new("answer:tf", "true")],
        [new("answer:single", "b"), new("answer:multiple", "a"), new("answer:tf", "true")],
        [new("answer:single", "a"), new("answer:multiple", "a"), new("answer:multiple", "c"), new("answer:tf", "true")],
        [new("answer:single", "a"), new("answer:tf", "true")],
    ];

    [Fact]
    public async Task Statistics_ShouldCountSubmittedAttemptsOnly_ForAnAdministratorAndTheRegionsCoordinator()
    {
        var course = await QuizSeed.CourseWithQuizAsync(site, region: "espoo");
        foreach (var answers in Submissions)
        {
            using var learner = await site.SignedInClientAsync([Roles.Learner], homeRegion: "espoo");
            var attempt = await QuizSeed.StartAttemptAsync(learner, course);
            await QuizSeed.SaveAnswersAsync(learner, attempt, answers);
            await learner.SubmitFormAsync(attempt + "/submit", new Dictionary<string, string>());
        }

        // An open attempt is still being answered: it must not count.
        using var stillAnswering = await site.SignedInClientAsync([Roles.Learner], homeRegion: "espoo");
        await QuizSeed.SaveAnswersAsync(stillAnswering, await QuizSeed.StartAttemptAsync(stillAnswering, course), [new("answer:single", "a"), new("answer:tf", "false")]);
        using var administrator = await site.SignedInClientAsync([Roles.Administrator]);
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);

        foreach (var client in new[] { administrator, coordinator })
        {
            var (response, page) = await client.GetPageAsync($"/authoring/courses/{course}/quiz/statistics", acceptLanguage: "en");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Single(page.QuerySelectorAll("h1"));
            Assert.Equal("5", Text(page, "[data-submitted]"));
            Assert.Equal("60% (3 of 5)", Text(page, "[data-pass-rate]"));
            Assert.Equal("0", Text(page, "[data-need-attention]"));
            Assert.Equal(("5", "60%", "not enough attempts to say", false), Row(page, "single"));
            Assert.Equal(("5", "40%", "not enough attempts to say", false), Row(page, "multiple"));
            Assert.Equal(("5", "100%", "not enough attempts to say", false), Row(page, "tf"));
            Assert.Equal("Picked: 2 (40%)", Text(page, "tr[data-question='single'] li[data-choice='a'] [data-picked]"));
            Assert.Equal("Picked: 3 (60%)", Text(page, "tr[data-question='single'] li[data-choice='b'] [data-picked]"));
            Assert.Equal("Picked: 4 (80%)", Text(page, "tr[data-question='multiple'] li[data-choice='a'] [data-picked]"));
            Assert.Equal("Picked: 1 (20%)", Text(page, "tr[data-question='multiple'] li[data-choice='c'] [data-picked]"));
            Assert.Equal("Picked: 0 (0%)", Text(page, "tr[data-question='tf'] li[data-choice='false'] [data-picked]"));
            Assert.Contains("Attempts that left it unanswered: 1", Text(page, "tr[data-question='multiple'] details"), StringComparison.Ordinal);
            Assert.NotNull(page.QuerySelector("tr[data-question='single'] li[data-choice='b'] .tag--correct"));
            Assert.Null(page.QuerySelector("tr[data-question='single'] li[data-choice='a'] .tag--correct"));
            Assert.NotNull(page.QuerySelector("tr[data-question='tf'] [data-not-enough]"));
            Assert.Contains("at least 20 attempts by at least 10 different learners", Text(page, "[data-rule]"), StringComparison.Ordinal);
            Assert.NotNull(page.QuerySelector("table caption"));
        }
    }

    [Fact]
    public async Task Statistics_ShouldShowNoDiscrimination_ForTwoAttemptsByOneLearner()
    {
        // This once showed a discrimination of 1.00: two points make a perfect line.
        var course = await QuizSeed.CourseWithQuizAsync(site, region: "espoo");
        using var learner = await site.SignedInClientAsync([Roles.Learner], homeRegion: "espoo");
        foreach (var answers in Submissions[2..4])
        {
            var attempt = await QuizSeed.StartAttemptAsync(learner, course);
            await QuizSeed.SaveAnswersAsync(learner, attempt, answers);
            await learner.SubmitFormAsync(attempt + "/submit", new Dictionary<string, string>());
        }

        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);

        var (response, page) = await coordinator.GetPageAsync($"/authoring/courses/{course}/quiz/statistics", acceptLanguage: "en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2", Text(page, "[data-submitted]"));
        Assert.All(page.QuerySelectorAll("[data-discrimination]"), cell => Assert.Equal("not enough attempts to say", cell.TextContent.Trim()));
        Assert.Empty(page.QuerySelectorAll("[data-needs-attention]"));
    }

    [Fact]
    public async Task Statistics_ShouldBeForbidden_OutsideTheRegionalScope()
    {
        var course = await QuizSeed.CourseWithQuizAsync(site, region: "espoo");
        var national = await QuizSeed.CourseWithQuizAsync(site);
        using var helsinkiCoordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["helsinki"]);
        using var espooCoordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        using var learner = await site.SignedInClientAsync([Roles.Learner], homeRegion: "espoo");
        using var anonymous = site.CreateSiteClient();

        var otherRegion = await helsinkiCoordinator.Http.GetAsync($"/authoring/courses/{course}/quiz/statistics");
        var nationalPart = await espooCoordinator.Http.GetAsync($"/authoring/courses/{national}/quiz/statistics");
        var byLearner = await learner.Http.GetAsync($"/authoring/courses/{course}/quiz/statistics");
        var byAnonymous = await anonymous.Http.GetAsync($"/authoring/courses/{course}/quiz/statistics");

        Assert.Equal(HttpStatusCode.Forbidden, otherRegion.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, nationalPart.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byLearner.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, byAnonymous.StatusCode);
        Assert.StartsWith("/account/login", byAnonymous.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statistics_ShouldBe404_ForAnUnknownCourse_OrACourseWithoutAQuiz()
    {
        var withoutQuiz = CourseSeed.NewId("nq");
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(withoutQuiz, "espoo", withoutQuiz + "-l")));
        using var administrator = await site.SignedInClientAsync([Roles.Administrator]);

        var unknown = await administrator.Http.GetAsync("/authoring/courses/no-such-course/quiz/statistics");
        var noQuiz = await administrator.Http.GetAsync($"/authoring/courses/{withoutQuiz}/quiz/statistics");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noQuiz.StatusCode);
    }

    [Fact]
    public async Task Statistics_ShouldSaySo_BeforeAnyAttempt()
    {
        var course = await QuizSeed.CourseWithQuizAsync(site, region: "espoo");
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);

        var (response, page) = await coordinator.GetPageAsync($"/authoring/courses/{course}/quiz/statistics", acceptLanguage: "en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("0", Text(page, "[data-submitted]"));
        Assert.Equal(("0", "–not available", "not enough attempts to say", false), Row(page, "single"));
        Assert.NotNull(page.QuerySelector(".notice"));
    }

    /// <summary>A question's row: attempts, facility, discrimination, and whether it is flagged.</summary>
    private static (string Attempts, string Facility, string Discrimination, bool Flagged) Row(IDocument page, string questionId)
    {
        var row = $"tr[data-question='{questionId}']";
        return (Text(page, $"{row} [data-attempts]"), Text(page, $"{row} [data-facility]"), Text(page, $"{row} [data-discrimination]"), page.QuerySelector($"{row} [data-needs-attention]") is not null);
    }

    private static string Text(IDocument page, string selector) =>
        (page.QuerySelector(selector) ?? throw new InvalidOperationException($"Nothing matches {selector}")).TextContent.Trim();
}

public sealed class QuizStatisticsTestsOnSqlite(SqliteSiteFactory site) : QuizStatisticsTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class QuizStatisticsTestsOnPostgres(PostgresSiteFactory site) : QuizStatisticsTests(site), IClassFixture<PostgresSiteFactory>;
