using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Courses.Models;
using TrainingSite.Data;
using TrainingSite.FunctionalTests.Accounts;
using TrainingSite.FunctionalTests.Courses;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.AuditTrail;

/// <summary>
/// An event commits with its change or not at all: a refused change writes no event, and when the event cannot be
/// written (its table is away) the change is rolled back with it. The tests of one class run one after another, so
/// moving the table away for one test disturbs no other.
/// </summary>
public abstract class SameTransactionTests(SiteFactory site)
{
    [Fact]
    public async Task ARefusedChange_ShouldWriteNoEvent()
    {
        var course = CourseSeed.NewId("tn");
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(course, "espoo", course + "-l")));
        var (admin, user) = await AuditLog.SignedInAsync(site, [Roles.Administrator]);
        using var _ = admin;
        var token = await admin.AntiforgeryTokenAsync();
        var editor = $"/authoring/courses/{course}/quiz";

        var (created, _) = await admin.PostAsync($"{editor}?handler=Create", [new("__RequestVerificationToken", token)]);
        var (emptyPublish, _) = await admin.PostAsync($"{editor}?handler=Publish", [new("__RequestVerificationToken", token)]);
        var (selfDeactivate, _) = await admin.PostAsync($"/admin/users/{user.Id}?handler=Deactivate", [new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, emptyPublish.StatusCode); // a quiz without questions cannot go live
        Assert.Equal(HttpStatusCode.BadRequest, selfDeactivate.StatusCode);
        Assert.Empty(await AuditLog.OfAsync(site, AuditItemTypes.Quiz, course + "-quiz"));
        Assert.Empty(await AuditLog.OfAsync(site, AuditItemTypes.User, user.Id));
    }

    [Fact]
    public async Task WhenTheEventCannotBeWritten_TheChangeShouldRollBack()
    {
        var course = CourseSeed.NewId("tf");
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(course, "espoo", course + "-l")));
        var person = await site.CreateUserAsync($"kept-{Guid.NewGuid():N}@example.fi", [Roles.Learner]);
        var (admin, _) = await AuditLog.SignedInAsync(site, [Roles.Administrator]);
        using var client = admin;
        var token = await admin.AntiforgeryTokenAsync();
        var (saved, _) = await admin.PostAsync($"/authoring/courses/{course}?handler=Save", [new("__RequestVerificationToken", token), new("Input.Title[fi]", "Luonnos"), new("Input.Text[fi]", "Teksti")]);
        var (_, rolesPage) = await admin.GetPageAsync("/admin/roles");
        var grantsBefore = RoleGrantsForm.Checked(rolesPage);

        int publish, grants, deactivate;
        await MoveEventsTableAsync(away: true);
        try
        {
            publish = await StatusAsync(() => admin.PostAsync($"/authoring/courses/{course}?handler=Publish", [new("__RequestVerificationToken", token)]));
            grants = await StatusAsync(() => RoleGrantsForm.SaveAsync(admin, g => g.Add($"{Roles.NetworkMember}/Certificates.ViewOwnRegion")));
            deactivate = await StatusAsync(() => admin.PostAsync($"/admin/users/{person.Id}?handler=Deactivate", [new("__RequestVerificationToken", token)]));
        }
        finally
        {
            await MoveEventsTableAsync(away: false);
        }

        var (_, rolesAfter) = await admin.GetPageAsync("/admin/roles");
        var published = await PublishedNumbersAsync(course);
        var deactivatedAt = await site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Users.AsNoTracking().Where(u => u.Id == person.Id).Select(u => u.DeactivatedAt).SingleAsync());
        var (publishedLater, _) = await admin.PostAsync($"/authoring/courses/{course}?handler=Publish", [new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.All([publish, grants, deactivate], status => Assert.True(status >= 500, $"status {status}"));
        Assert.Equal([1], published); // the draft did not go live without its event
        Assert.Equal(grantsBefore, RoleGrantsForm.Checked(rolesAfter));
        Assert.Null(deactivatedAt);
        Assert.Equal(HttpStatusCode.Redirect, publishedLater.StatusCode);
        var recorded = await AuditLog.SingleAsync(site, AuditKinds.ContentPublished, AuditItemTypes.Course, course);
        Assert.Equal(2, recorded.VersionNumber);
    }

    /// <summary>The answer's status, or 500 when the failure reached the test client as an exception.</summary>
    private static async Task<int> StatusAsync(Func<Task<(HttpResponseMessage Response, AngleSharp.Dom.IDocument Document)>> request)
    {
        try
        {
            return (int)(await request()).Response.StatusCode;
        }
        catch (Exception exception) when (exception is not Xunit.Sdk.XunitException)
        {
            return 500;
        }
    }

    private Task<int> MoveEventsTableAsync(bool away) => site.WithServiceAsync(services =>
        services.GetRequiredService<TrainingDbContext>().Database.ExecuteSqlRawAsync(away
            ? "ALTER TABLE \"AuditEvents\" RENAME TO \"AuditEventsAway\""
            : "ALTER TABLE \"AuditEventsAway\" RENAME TO \"AuditEvents\""));

    private Task<List<int>> PublishedNumbersAsync(string course) => site.WithServiceAsync(services =>
        services.GetRequiredService<TrainingDbContext>().Set<CourseVersion>().AsNoTracking()
            .Where(v => v.CourseId == course && v.PublishedAt != null).Select(v => v.Number).OrderBy(n => n).ToListAsync());
}

public sealed class SameTransactionTestsOnSqlite(SqliteSiteFactory site) : SameTransactionTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class SameTransactionTestsOnPostgres(PostgresSiteFactory site) : SameTransactionTests(site), IClassFixture<PostgresSiteFactory>;
