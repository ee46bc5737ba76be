using System.Net;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.FunctionalTests.AuditTrail;
using TrainingSite.FunctionalTests.Quizzes;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Courses;

/// <summary>
/// A lesson with learners' progress is archived like a course (its course stays in use), and a course whose only
/// learners' data is quiz attempts counts those learners and hides its quiz while archived.
/// </summary>
public abstract class LessonArchiveTests(SiteFactory site)
{
    [Fact]
    public async Task LessonWithProgress_ShouldBeArchived_HiddenFromLearners_AndRestored()
    {
        var id = await ArchiveSeed.CourseWithLearnersAsync(site, 1);
        var lessonUrl = $"/authoring/courses/{id}/lessons/{id}-l";
        using var learner = await site.SignedInClientAsync([Roles.Learner], homeRegion: "espoo");
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        var (_, editor) = await coordinator.GetPageAsync(lessonUrl);

        var (archived, _) = await coordinator.SubmitFormAsync(lessonUrl, new Dictionary<string, string> { ["ConfirmArchive"] = "true" }, formSelector: "form[action*='handler=Archive']");
        var (hidden, _) = await learner.GetPageAsync($"/courses/{id}/lessons/{id}-l");
        var (course, coursePage) = await learner.GetPageAsync($"/courses/{id}");
        var (_, authoring) = await coordinator.GetPageAsync($"/authoring/courses/{id}");
        var (restored, _) = await coordinator.SubmitFormAsync(lessonUrl, new Dictionary<string, string>(), formSelector: "form[action*='handler=Unarchive']");
        var (shown, _) = await learner.GetPageAsync($"/courses/{id}/lessons/{id}-l");

        Assert.EndsWith("1 oppijan edistyminen säilyy.", editor.QuerySelector("label[for=ConfirmArchive]")?.TextContent, StringComparison.Ordinal);
        Assert.Null(editor.QuerySelector("form[action*='handler=Delete']"));
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.NotFound, HttpStatusCode.OK), (archived.StatusCode, hidden.StatusCode, course.StatusCode));
        Assert.DoesNotContain($"Oppitunti {id}-l", coursePage.QuerySelector(".lesson-list")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Arkistoitu", authoring.QuerySelector($"#lesson-{id}-l")?.TextContent, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.OK), (restored.StatusCode, shown.StatusCode));
        Assert.Equal(2, await ArchiveSeed.LessonProgressRowsAsync(site, id + "-l"));
        Assert.Single(await AuditLog.OfAsync(site, AuditItemTypes.Lesson, id + "-l", AuditKinds.ContentArchived));
        Assert.Single(await AuditLog.OfAsync(site, AuditItemTypes.Lesson, id + "-l", AuditKinds.ContentUnarchived));
    }

    [Fact]
    public async Task LessonPurge_ShouldBeForAdministratorsOnly_AndRemoveItsProgress()
    {
        var id = await ArchiveSeed.CourseWithLearnersAsync(site, 1);
        var lessonUrl = $"/authoring/courses/{id}/lessons/{id}-l";
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        using var admin = await site.SignedInClientAsync([Roles.Administrator], language: "en");

        var refused = await ArchiveSeed.PostHandlerAsync(coordinator, lessonUrl, "Purge", ("ConfirmPurge", "true"), ("ConfirmedLearners", "1"));
        var (_, editor) = await admin.GetPageAsync(lessonUrl);
        var (purged, _) = await admin.SubmitFormAsync(lessonUrl, new Dictionary<string, string> { ["ConfirmPurge"] = "true" }, formSelector: "form[action*='handler=Purge']");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.EndsWith("1 learner's progress are deleted for good.", editor.QuerySelector("label[for=ConfirmPurge]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, purged.StatusCode);
        Assert.Equal(0, await ArchiveSeed.LessonProgressRowsAsync(site, id + "-l"));
        Assert.True(await ArchiveSeed.CourseExistsAsync(site, id));
        Assert.Equal("learners: 1", (await AuditLog.SingleAsync(site, AuditKinds.ContentPurged, AuditItemTypes.Lesson, id + "-l")).Details);
    }

    [Fact]
    public async Task LessonWithoutProgress_ShouldStillBeDeleted()
    {
        var id = await ArchiveSeed.CourseWithLearnersAsync(site, 1);
        var lessonUrl = $"/authoring/courses/{id}/lessons/{id}-m";
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);

        var (deleted, _) = await coordinator.SubmitFormAsync(lessonUrl, new Dictionary<string, string> { ["ConfirmDelete"] = "true" }, formSelector: "form[action*='handler=Delete']");
        var (gone, _) = await coordinator.GetPageAsync(lessonUrl);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.NotFound), (deleted.StatusCode, gone.StatusCode));
        Assert.Equal(1, await ArchiveSeed.ProgressRowsAsync(site, id));
    }

    [Fact]
    public async Task QuizAttempts_ShouldCountAsLearnersData_AndTheArchivedCoursesQuizBeHidden()
    {
        var course = await QuizSeed.CourseWithQuizAsync(site, region: "espoo");
        using var learner = await site.SignedInClientAsync([Roles.Learner], homeRegion: "espoo");
        var attempt = await QuizSeed.StartAttemptAsync(learner, course);
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        var (_, editor) = await coordinator.GetPageAsync($"/authoring/courses/{course}");

        var (archived, _) = await coordinator.SubmitFormAsync($"/authoring/courses/{course}", new Dictionary<string, string> { ["ConfirmArchive"] = "true" }, formSelector: "form[action*='handler=Archive']");
        var (quiz, _) = await learner.GetPageAsync($"/courses/{course}/quiz");
        var (attemptPage, _) = await learner.GetPageAsync(attempt);

        Assert.EndsWith("1 oppijan edistyminen säilyy.", editor.QuerySelector("label[for=ConfirmArchive]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (quiz.StatusCode, attemptPage.StatusCode));
    }
}

public sealed class LessonArchiveTestsOnSqlite(SqliteSiteFactory site) : LessonArchiveTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class LessonArchiveTestsOnPostgres(PostgresSiteFactory site) : LessonArchiveTests(site), IClassFixture<PostgresSiteFactory>;
