using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.FunctionalTests.Accounts;
using TrainingSite.FunctionalTests.Certificates;
using TrainingSite.FunctionalTests.Quizzes;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Courses;

/// <summary>Issue 16: the front page is a signed-in learner's start (where to continue, both parts' progress); a visitor is asked in.</summary>
public abstract class LearnerStartTests(SiteFactory site)
{
    private const string Extra = """, { "id": "SECOND", "title": { "fi": "Toinen oppitunti" }, "body": { "fi": "Toinen teksti" }, "minutes": 4 }""";

    [Fact]
    public async Task Start_ShouldLeadToTheNextUnreadLessonOfTheCourseLastOpened_AndShowBothPartsProgressAsNumbers()
    {
        await AdministratorExistsAsync();
        var id = CourseSeed.NewId("st");
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(id, "espoo", id + "-a", extraLesson: Extra.Replace("SECOND", id + "-b", StringComparison.Ordinal))));
        var email = $"start-{Guid.NewGuid():N}@example.fi";
        var user = await site.CreateUserAsync(email, [Roles.Learner], homeRegion: "espoo");
        using var learner = site.CreateSiteClient();
        await learner.SignInAsync(email, SiteFactory.DefaultPassword);
        var (_, before) = await learner.GetPageAsync("/");

        await learner.SubmitFormAsync($"/courses/{id}/lessons/{id}-a", new Dictionary<string, string>(), formSelector: "form.mark-read");
        var (response, page) = await learner.GetPageAsync("/");

        Assert.Equal("Aloita koulutus", before.QuerySelector("#start-next")?.TextContent);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Jatka siitä, mihin jäit", page.QuerySelector("#start-next")?.TextContent);
        Assert.Equal($"/courses/{id}/lessons/{id}-b", page.QuerySelector(".start-next a.button")?.GetAttribute("href"));
        Assert.Equal("Toinen oppitunti", page.QuerySelector(".start-next a.button")?.TextContent.Trim());
        var package = await site.WithServiceAsync(services => services.GetRequiredService<ICourseProgress>().ForLearnerAsync(user.Id, "espoo", CancellationToken.None));
        var (nationalRead, nationalTotal) = (package.National.Sum(c => c.LessonsRead), package.National.Sum(c => c.Lessons));
        var (regionalRead, regionalTotal) = (package.Regional.Sum(c => c.LessonsRead), package.Regional.Sum(c => c.Lessons));
        Assert.True(regionalRead >= 1 && regionalTotal >= 2);
        Assert.Equal($"{nationalRead} / {nationalTotal} oppituntia", page.QuerySelector("#progress-national-text")?.TextContent);
        Assert.Equal($"{regionalRead} / {regionalTotal} oppituntia", page.QuerySelector("#progress-regional-text")?.TextContent);
        var bar = page.QuerySelector("progress[aria-labelledby='progress-regional progress-regional-text']");
        Assert.Equal((regionalRead.ToString(CultureInfo.InvariantCulture), regionalTotal.ToString(CultureInfo.InvariantCulture)), (bar?.GetAttribute("value"), bar?.GetAttribute("max")));
        Assert.Contains("Espoo", page.QuerySelector("#progress-regional")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main a[href='/dashboard']"));
        Assert.Null(page.QuerySelector("main a[href='/account/register']"));
    }

    [Fact]
    public async Task Start_ShouldListLessonsPublishedSinceTheLearnerBegan_ThatTheyHaveNotRead()
    {
        await AdministratorExistsAsync();
        var (older, newer) = (CourseSeed.NewId("old"), CourseSeed.NewId("new"));
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(older, "vantaa", older + "-l")));
        using var learner = await site.SignedInClientAsync([Roles.Learner], homeRegion: "vantaa");
        await learner.GetPageAsync($"/courses/{older}/lessons/{older}-l");
        var (_, before) = await learner.GetPageAsync("/");

        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(newer, "vantaa", newer + "-l")));
        var (_, after) = await learner.GetPageAsync("/");

        Assert.Null(before.QuerySelector($".start-new a[href='/courses/{newer}/lessons/{newer}-l']"));
        Assert.NotNull(after.QuerySelector($".start-new a[href='/courses/{newer}/lessons/{newer}-l']"));
        Assert.Null(after.QuerySelector($".start-new a[href='/courses/{older}/lessons/{older}-l']"));
        Assert.Contains("julkaistu", after.QuerySelector(".start-new li")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ShouldTellAVisitorWhatThePackageIs_AndOfferRegisterAndSignIn()
    {
        await AdministratorExistsAsync();
        using var visitor = site.CreateSiteClient();

        var (response, page) = await visitor.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Tervetuloa koulutukseen", page.QuerySelector("main h1")?.TextContent);
        Assert.NotNull(page.QuerySelector("main a.button[href='/account/register']"));
        Assert.NotNull(page.QuerySelector("main a[href='/account/login']"));
        Assert.NotNull(page.QuerySelector("main a[href='/courses']"));
        Assert.Null(page.QuerySelector("#start-next"));
    }

    [Fact]
    public async Task Register_ShouldLandOnTheStartWithAWelcome_OnceOnly()
    {
        await AdministratorExistsAsync();
        using var client = site.CreateSiteClient();

        var (registered, _) = await client.SubmitFormAsync("/account/register", RegistrationForm.For($"welcome-{Guid.NewGuid():N}@example.fi"));
        var (_, first) = await client.GetPageAsync("/");
        var (_, again) = await client.GetPageAsync("/");

        Assert.Equal("/", registered.Headers.Location?.OriginalString);
        Assert.Contains("Tervetuloa, Aino Neuvoja!", first.QuerySelector("main .notice[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(first.QuerySelector(".start-next a.button"));
        Assert.Null(again.QuerySelector("main .notice[role=status]"));
    }

    [Fact]
    public async Task Dashboard_ShouldShowMinutesLeft_TheOverallBar_AndTheQuizBestScore()
    {
        var course = await QuizSeed.CourseWithQuizAsync(site, region: "kokkola");
        var email = $"minutes-{Guid.NewGuid():N}@example.fi";
        await site.CreateUserAsync(email, [Roles.Learner], homeRegion: "kokkola");
        using var learner = site.CreateSiteClient();
        await learner.SignInAsync(email, SiteFactory.DefaultPassword);
        var (_, before) = await learner.GetPageAsync("/dashboard");

        await CertificateSteps.ReadLessonAsync(learner, course);
        await CertificateSteps.PassQuizAsync(learner, course);
        var (_, after) = await learner.GetPageAsync("/dashboard");

        Assert.Equal(Minutes(before) - 7, Minutes(after));
        Assert.Matches(@"^Lukemista jäljellä arviolta \d+ minuuttia$", after.QuerySelector(".minutes-left")?.TextContent);
        var (barBefore, barAfter) = (before.QuerySelector("progress[aria-labelledby^='progress-overall']"), after.QuerySelector("progress[aria-labelledby^='progress-overall']"));
        Assert.Equal(Number(barBefore?.GetAttribute("value")) + 1, Number(barAfter?.GetAttribute("value")));
        Assert.Equal(barBefore?.GetAttribute("max"), barAfter?.GetAttribute("max"));
        Assert.Equal("Tietovisa: ei vielä tehty", QuizLine(before, course));
        Assert.Equal("Tietovisa hyväksytty, paras tulos 100 %", QuizLine(after, course));
    }

    private static int Minutes(IDocument page) => Number(Regex.Match(page.QuerySelector(".minutes-left")?.TextContent ?? string.Empty, @"\d+").Value);

    private static int Number(string? text) => int.Parse(text ?? "x", CultureInfo.InvariantCulture);

    private static string? QuizLine(IDocument page, string course) =>
        page.QuerySelectorAll("li.course-card").FirstOrDefault(c => c.QuerySelector($"a[href='/courses/{course}']") is not null)?.QuerySelector(".course-card__quiz")?.TextContent;

    /// <summary>Without an administrator the front page leads to setup; any one will do.</summary>
    private async Task AdministratorExistsAsync() => await site.CreateUserAsync($"admin-{Guid.NewGuid():N}@example.fi", [Roles.Administrator]);
}

public sealed class LearnerStartTestsOnSqlite(SqliteSiteFactory site) : LearnerStartTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class LearnerStartTestsOnPostgres(PostgresSiteFactory site) : LearnerStartTests(site), IClassFixture<PostgresSiteFactory>;
