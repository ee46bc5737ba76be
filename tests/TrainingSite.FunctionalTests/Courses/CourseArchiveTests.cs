using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Reporting;
using TrainingSite.FunctionalTests.AuditTrail;
using TrainingSite.FunctionalTests.Site;
using TrainingSite.Recipes.Services;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Courses;

/// <summary>
/// A course holding learners' progress is archived, not deleted: the confirmation names how many learners' progress it
/// holds, learners no longer see it while their progress is kept, restoring brings it back with the progress, and only
/// an administrator purges it. A course without learners' data is still deleted.
/// </summary>
public abstract class CourseArchiveTests(SiteFactory site)
{
    [Theory]
    [InlineData(1, "fi", "1 oppijan edistyminen säilyy.")]
    [InlineData(2, "fi", "2 oppijan edistyminen säilyy.")]
    [InlineData(1, "en", "1 learner's progress is kept.")]
    [InlineData(2, "en", "2 learners' progress is kept.")]
    [InlineData(2, "sv", "2 deltagares framsteg sparas.")]
    public async Task CourseWithLearners_ShouldOfferTheArchive_NamingHowManyLearnersProgressItHolds(int learners, string language, string expected)
    {
        var id = await ArchiveSeed.CourseWithLearnersAsync(site, learners);
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"], language: language);

        var (response, page) = await coordinator.GetPageAsync($"/authoring/courses/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith(expected, page.QuerySelector("label[for=ConfirmArchive]")?.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form[action*='handler=Delete']"));
        Assert.Null(page.QuerySelector("form[action*='handler=Purge']"));
    }

    [Fact]
    public async Task Archive_ShouldHideTheCourseFromLearners_AndKeepTheirProgress()
    {
        var id = await ArchiveSeed.CourseWithLearnersAsync(site, 1);
        using var learner = await site.SignedInClientAsync([Roles.Learner], homeRegion: "espoo");
        await ArchiveSeed.PostHandlerAsync(learner, $"/courses/{id}/lessons/{id}-l", "Read");
        var (coordinator, user) = await AuditLog.SignedInAsync(site, [Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        using var _ = coordinator;

        var (unconfirmed, _) = await coordinator.SubmitFormAsync($"/authoring/courses/{id}", new Dictionary<string, string>(), formSelector: "form[action*='handler=Archive']");
        var (archived, _) = await coordinator.SubmitFormAsync($"/authoring/courses/{id}", new Dictionary<string, string> { ["ConfirmArchive"] = "true" }, formSelector: "form[action*='handler=Archive']");
        var (course, _) = await learner.GetPageAsync($"/courses/{id}");
        var (lesson, _) = await learner.GetPageAsync($"/courses/{id}/lessons/{id}-l");
        var (_, catalogue) = await learner.GetPageAsync("/courses");
        var (_, authoring) = await coordinator.GetPageAsync("/authoring/courses");
        var (_, editor) = await coordinator.GetPageAsync($"/authoring/courses/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (course.StatusCode, lesson.StatusCode));
        Assert.Null(catalogue.QuerySelector($"a[href='/courses/{id}']"));
        Assert.Contains("Arkistoitu", authoring.QuerySelector($"#course-{id}")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(editor.QuerySelector("form[action*='handler=Unarchive']"));
        Assert.Equal(2, await ArchiveSeed.ProgressRowsAsync(site, id));
        var recorded = await AuditLog.SingleAsync(site, AuditKinds.ContentArchived, AuditItemTypes.Course, id);
        Assert.Equal(("espoo", "learners: 2"), (recorded.RegionId, recorded.Details));
        AuditLog.AssertActor(recorded, user);
    }

    [Fact]
    public async Task Restore_ShouldBringTheCourseBack_WithTheLearnersProgress()
    {
        var id = await ArchiveSeed.CourseWithLearnersAsync(site, 0);
        using var learner = await site.SignedInClientAsync([Roles.Learner], homeRegion: "espoo");
        await ArchiveSeed.PostHandlerAsync(learner, $"/courses/{id}/lessons/{id}-l", "Read");
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        await coordinator.SubmitFormAsync($"/authoring/courses/{id}", new Dictionary<string, string> { ["ConfirmArchive"] = "true" }, formSelector: "form[action*='handler=Archive']");
        var (hidden, _) = await learner.GetPageAsync($"/courses/{id}");

        var (restored, _) = await coordinator.SubmitFormAsync($"/authoring/courses/{id}", new Dictionary<string, string>(), formSelector: "form[action*='handler=Unarchive']");
        var (shown, course) = await learner.GetPageAsync($"/courses/{id}");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.Redirect, HttpStatusCode.OK), (hidden.StatusCode, restored.StatusCode, shown.StatusCode));
        Assert.NotNull(course.QuerySelector(".lesson-list__item--done"));
        Assert.Single(await AuditLog.OfAsync(site, AuditItemTypes.Course, id, AuditKinds.ContentUnarchived));
    }

    [Fact]
    public async Task ArchivedCourse_ShouldNotBeInThePublishedCatalogueTheReportsCount()
    {
        var id = await ArchiveSeed.CourseWithLearnersAsync(site, 1);
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        var url = $"/authoring/courses/{id}";

        var archived = await ArchiveSeed.PostHandlerAsync(coordinator, url, "Archive", ("ConfirmArchive", "true"));
        var whileArchived = await PublishedCourseIdsAsync();
        var restored = await ArchiveSeed.PostHandlerAsync(coordinator, url, "Unarchive");
        var afterRestore = await PublishedCourseIdsAsync();

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (archived.StatusCode, restored.StatusCode));
        Assert.DoesNotContain(id, whileArchived);
        Assert.Contains(id, afterRestore);
    }

    [Fact]
    public async Task RecipeNamingAnArchivedCourse_ShouldUpdateItsText_AndLeaveItArchived_AndExportsLeaveItOut()
    {
        var id = await ArchiveSeed.CourseWithLearnersAsync(site, 1);
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        using var learner = await site.SignedInClientAsync([Roles.Learner], homeRegion: "espoo");
        await ArchiveSeed.PostHandlerAsync(coordinator, $"/authoring/courses/{id}", "Archive", ("ConfirmArchive", "true"));

        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(id, "espoo", id + "-l", lessonBody: "Tuotu uudelleen")));
        var (whileArchived, _) = await learner.GetPageAsync($"/courses/{id}/lessons/{id}-l");
        var export = await site.WithServiceAsync(services => services.GetRequiredService<RecipeEngine>().ExportAsync(CancellationToken.None));
        await ArchiveSeed.PostHandlerAsync(coordinator, $"/authoring/courses/{id}", "Unarchive");
        var (_, restored) = await learner.GetPageAsync($"/courses/{id}/lessons/{id}-l");

        Assert.Equal(HttpStatusCode.NotFound, whileArchived.StatusCode);
        Assert.DoesNotContain(id, export, StringComparison.Ordinal);
        Assert.Contains("Tuotu uudelleen", restored.QuerySelector(".prose")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coordinator_ShouldNotPurge_EvenInTheirOwnRegion()
    {
        var id = await ArchiveSeed.CourseWithLearnersAsync(site, 1);
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);

        var purge = await ArchiveSeed.PostHandlerAsync(coordinator, $"/authoring/courses/{id}", "Purge", ("ConfirmPurge", "true"), ("ConfirmedLearners", "1"));
        var delete = await ArchiveSeed.PostHandlerAsync(coordinator, $"/authoring/courses/{id}", "Delete", ("ConfirmDelete", "true"));

        Assert.Equal(HttpStatusCode.Forbidden, purge.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, delete.StatusCode);
        Assert.True(await ArchiveSeed.CourseExistsAsync(site, id));
        Assert.Equal(1, await ArchiveSeed.ProgressRowsAsync(site, id));
    }

    [Fact]
    public async Task Administrator_ShouldPurge_WithTheCountConfirmed_RemovingTheProgress()
    {
        var id = await ArchiveSeed.CourseWithLearnersAsync(site, 2);
        var (admin, user) = await AuditLog.SignedInAsync(site, [Roles.Administrator]);
        using var _ = admin;
        var (_, editor) = await admin.GetPageAsync($"/authoring/courses/{id}");

        var (purged, _) = await admin.SubmitFormAsync($"/authoring/courses/{id}", new Dictionary<string, string> { ["ConfirmPurge"] = "true" }, formSelector: "form[action*='handler=Purge']");
        var (gone, _) = await admin.GetPageAsync($"/authoring/courses/{id}");

        Assert.EndsWith("2 oppijan edistyminen poistetaan pysyvästi.", editor.QuerySelector("label[for=ConfirmPurge]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.NotFound), (purged.StatusCode, gone.StatusCode));
        Assert.Equal(0, await ArchiveSeed.ProgressRowsAsync(site, id));
        var recorded = await AuditLog.SingleAsync(site, AuditKinds.ContentPurged, AuditItemTypes.Course, id);
        Assert.Equal("with lessons: 2; learners: 2", recorded.Details);
        AuditLog.AssertActor(recorded, user);
    }

    [Fact]
    public async Task Purge_ShouldAskAgain_WhenMoreLearnersArrivedSinceTheConfirmation()
    {
        var id = await ArchiveSeed.CourseWithLearnersAsync(site, 1);
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        using var late = await site.SignedInClientAsync([Roles.Learner], homeRegion: "espoo");
        await late.GetPageAsync($"/courses/{id}/lessons/{id}-m");

        var purge = await ArchiveSeed.PostHandlerAsync(admin, $"/authoring/courses/{id}", "Purge", ("ConfirmPurge", "true"), ("ConfirmedLearners", "1"));
        var (_, editor) = await admin.GetPageAsync($"/authoring/courses/{id}");

        Assert.Equal(HttpStatusCode.Conflict, purge.StatusCode);
        Assert.Equal(2, await ArchiveSeed.ProgressRowsAsync(site, id));
        Assert.Equal("2", editor.QuerySelector("form[action*='handler=Purge'] input[name=ConfirmedLearners]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task CourseWithoutLearnersData_ShouldStillBeDeleted_ByItsCoordinator()
    {
        var id = await ArchiveSeed.CourseWithLearnersAsync(site, 0);
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        var (_, editor) = await coordinator.GetPageAsync($"/authoring/courses/{id}");

        var (deleted, _) = await coordinator.SubmitFormAsync($"/authoring/courses/{id}", new Dictionary<string, string> { ["ConfirmDelete"] = "true" }, formSelector: "form[action*='handler=Delete']");

        Assert.Null(editor.QuerySelector("form[action*='handler=Archive']"));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await ArchiveSeed.CourseExistsAsync(site, id));
        Assert.Single(await AuditLog.OfAsync(site, AuditItemTypes.Course, id, AuditKinds.ContentDeleted));
    }

    [Theory]
    [InlineData("Archive")]
    [InlineData("Unarchive")]
    [InlineData("Purge")]
    [InlineData("Delete")]
    public async Task AnotherRegionsCoordinator_ShouldBeForbidden(string handler)
    {
        var id = await ArchiveSeed.CourseWithLearnersAsync(site, 1);
        using var helsinki = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["helsinki"]);

        var response = await ArchiveSeed.PostHandlerAsync(helsinki, $"/authoring/courses/{id}", handler,
            ("ConfirmArchive", "true"), ("ConfirmPurge", "true"), ("ConfirmDelete", "true"), ("ConfirmedLearners", "1"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True(await ArchiveSeed.CourseExistsAsync(site, id));
        Assert.Empty(await AuditLog.OfAsync(site, AuditItemTypes.Course, id));
    }

    [Fact]
    public async Task ArchivedCourse_ShouldNotCountAsDraftsWaiting_OnTheAdminHome()
    {
        var id = await ArchiveSeed.CourseWithLearnersAsync(site, 1);
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        var (saved, _) = await coordinator.SubmitFormAsync($"/authoring/courses/{id}/lessons/{id}-m", new Dictionary<string, string>
        {
            ["Input.Title[fi]"] = "Luonnoksen otsikko",
            ["Input.Text[fi]"] = "Luonnoksen teksti",
            ["Input.Minutes"] = "5",
        }, formSelector: "form[data-markdown-editor]", submitName: "handler", submitValue: "Save");
        var waiting = (await AdminHomeTests.FiguresAsync(coordinator))["drafts"];

        await coordinator.SubmitFormAsync($"/authoring/courses/{id}", new Dictionary<string, string> { ["ConfirmArchive"] = "true" }, formSelector: "form[action*='handler=Archive']");
        var archived = (await AdminHomeTests.FiguresAsync(coordinator))["drafts"];
        await coordinator.SubmitFormAsync($"/authoring/courses/{id}", new Dictionary<string, string>(), formSelector: "form[action*='handler=Unarchive']");
        var restored = (await AdminHomeTests.FiguresAsync(coordinator))["drafts"];

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal((waiting - 1, waiting), (archived, restored));
    }

    private async Task<IReadOnlyList<string>> PublishedCourseIdsAsync() =>
        [.. (await site.WithServiceAsync(services => services.GetRequiredService<ILearningFacts>().PublishedCoursesAsync(CancellationToken.None))).Select(c => c.Id)];
}

public sealed class CourseArchiveTestsOnSqlite(SqliteSiteFactory site) : CourseArchiveTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class CourseArchiveTestsOnPostgres(PostgresSiteFactory site) : CourseArchiveTests(site), IClassFixture<PostgresSiteFactory>;
