using TrainingSite.Abstractions.Permissions;
using TrainingSite.FunctionalTests.Courses;
using TrainingSite.FunctionalTests.Quizzes;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Site;

/// <summary>Real pages say "1 kysymys", "1 yritys", "1 oppitunti" (and "1 lesson"), not the plural, when the count is one.</summary>
public abstract class SingularCountsTests(SiteFactory site)
{
    [Fact]
    public async Task QuizPage_ShouldUseTheSingular_ForOneAttempt_AndThePlural_ForThreeQuestions()
    {
        var course = await QuizSeed.CourseWithQuizAsync(site, maxAttempts: 1);
        using var learner = await site.SignedInClientAsync([Roles.Learner]);

        var (_, page) = await learner.GetPageAsync($"/courses/{course}/quiz");

        var facts = page.QuerySelectorAll("main ul li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("Enintään 1 yritys", facts);
        Assert.Contains("3 kysymystä", facts);
    }

    [Fact]
    public async Task SubmitPage_ShouldSayOneQuestionIsUnanswered_InTheSingular()
    {
        var course = await QuizSeed.CourseWithQuizAsync(site);
        using var learner = await site.SignedInClientAsync([Roles.Learner]);
        var attemptUrl = await QuizSeed.StartAttemptAsync(learner, course);
        await QuizSeed.SaveAnswersAsync(learner, attemptUrl, [new("answer:single", "b"), new("answer:multiple", "a")]);

        var (_, finnish) = await learner.GetPageAsync(attemptUrl + "/submit");
        var (_, english) = await learner.GetPageAsync(attemptUrl + "/submit", acceptLanguage: "en");

        Assert.Equal("Vastaamatta on 1 kysymys:", finnish.QuerySelector(".notice p")?.TextContent.Trim());
        Assert.Equal("1 question is not answered:", english.QuerySelector(".notice p")?.TextContent.Trim());
    }

    [Fact]
    public async Task CoursePage_ShouldCountOneLesson_InTheSingular_InFinnishAndEnglish()
    {
        var id = CourseSeed.NewId("one");
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(id, null, id + "-l")));
        using var visitor = site.CreateSiteClient();

        var (_, finnish) = await visitor.GetPageAsync($"/courses/{id}");
        var (_, english) = await visitor.GetPageAsync($"/courses/{id}", acceptLanguage: "en");

        Assert.Contains("1 oppitunti, noin 7 min", finnish.QuerySelector("main p.muted")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 lesson, about 7 min", english.QuerySelector("main p.muted")?.TextContent, StringComparison.Ordinal);
    }
}

public sealed class SingularCountsTestsOnSqlite(SqliteSiteFactory site) : SingularCountsTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class SingularCountsTestsOnPostgres(PostgresSiteFactory site) : SingularCountsTests(site), IClassFixture<PostgresSiteFactory>;
