using System.Net;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Courses;

/// <summary>
/// A coordinator's reach in course authoring beyond the one-item matrix (<see cref="Authoring.AuthoringMatrixTests"/>):
/// another region's lessons, history and ordering, creating in a region not theirs, and the list they see.
/// </summary>
public abstract class CourseAuthoringScopeTests(SiteFactory site)
{
    [Fact]
    public async Task Coordinator_ShouldGet403_ForAnotherRegionsLessonsHistoryAndOrder()
    {
        var helsinki = CourseSeed.NewId("mx-h");
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(helsinki, "helsinki", helsinki + "-l")));
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        var token = await coordinator.AntiforgeryTokenAsync();

        var lesson = await coordinator.Http.GetAsync($"/authoring/courses/{helsinki}/lessons/{helsinki}-l");
        var history = await coordinator.Http.GetAsync($"/authoring/courses/{helsinki}/history");
        var (saveLesson, _) = await coordinator.PostAsync($"/authoring/courses/{helsinki}/lessons/{helsinki}-l?handler=Save", [new("__RequestVerificationToken", token), new("Input.Title[fi]", "x")]);
        var (newLesson, _) = await coordinator.PostAsync($"/authoring/courses/{helsinki}/lessons/new?handler=Save", [new("__RequestVerificationToken", token), new("Input.Title[fi]", "x")]);
        var (restore, _) = await coordinator.PostAsync($"/authoring/courses/{helsinki}/history?handler=Restore", [new("__RequestVerificationToken", token), new("number", "1")]);
        var (move, _) = await coordinator.PostAsync("/authoring/courses?handler=Move", [new("__RequestVerificationToken", token), new("courseId", helsinki), new("direction", "1")]);
        var (create, _) = await coordinator.PostAsync("/authoring/courses/new", [new("__RequestVerificationToken", token), new("Part", "helsinki"), new("Input.Title[fi]", "Ei saa")]);
        var (createNational, _) = await coordinator.PostAsync("/authoring/courses/new", [new("__RequestVerificationToken", token), new("Part", "national"), new("Input.Title[fi]", "Ei saa")]);

        Assert.All(
            new[] { lesson.StatusCode, history.StatusCode, saveLesson.StatusCode, newLesson.StatusCode, restore.StatusCode, move.StatusCode, create.StatusCode, createNational.StatusCode },
            status => Assert.Equal(HttpStatusCode.Forbidden, status));
    }

    [Fact]
    public async Task Coordinator_ShouldSeeOnlyTheirOwnRegionsCourses_InTheAuthoringList()
    {
        var (espoo, helsinki) = (CourseSeed.NewId("ls-e"), CourseSeed.NewId("ls-h"));
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(espoo, "espoo", espoo + "-l"), CourseSeed.Course(helsinki, "helsinki", helsinki + "-l")));
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);

        var (_, page) = await coordinator.GetPageAsync("/authoring/courses");

        Assert.NotNull(page.QuerySelector($"a[href='/authoring/courses/{espoo}']"));
        Assert.Null(page.QuerySelector($"a[href='/authoring/courses/{helsinki}']"));
        Assert.Null(page.QuerySelector("#part-national"));
    }
}

public sealed class CourseAuthoringScopeTestsOnSqlite(SqliteSiteFactory site) : CourseAuthoringScopeTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class CourseAuthoringScopeTestsOnPostgres(PostgresSiteFactory site) : CourseAuthoringScopeTests(site), IClassFixture<PostgresSiteFactory>;
