using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.FunctionalTests.Courses;
using TrainingSite.Reports.Services.Facts;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Certificates;

/// <summary>
/// New content does not un-complete anyone: a lesson published after a learner completed its course is "new" to them,
/// not required, on their pages and in the reports alike; it counts for those who had not completed the course.
/// </summary>
public abstract class NewLessonRuleTests(CertificateSite site)
{
    [Fact]
    public async Task PublishedLesson_ShouldNotUncompleteACertifiedLearner_AndShowAsNew_ButCountForTheOthers()
    {
        // Arrange: a Vantaa course of one lesson; one learner completes the package and is certified.
        var course = CourseSeed.NewId("cva");
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(course, "vantaa", course + "-l")));
        var certified = await LearnerAsync();
        await CertificateSteps.ReadLessonAsync(certified.Client, site.National);
        await CertificateSteps.PassQuizAsync(certified.Client, site.National);
        await CertificateSteps.ReadLessonAsync(certified.Client, course);
        var latecomer = await LearnerAsync();
        await CertificateSteps.ReadLessonAsync(latecomer.Client, site.National);
        await CertificateSteps.PassQuizAsync(latecomer.Client, site.National);

        // Act: a second lesson is published; the latecomer then reads the first lesson only.
        var second = $$""", { "id": "{{course}}-new", "title": { "fi": "Uusi oppitunti", "en": "New lesson" }, "body": { "fi": "Teksti." }, "minutes": 3 }""";
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(course, "vantaa", course + "-l", extraLesson: second)));
        await CertificateSteps.ReadLessonAsync(latecomer.Client, course);
        var (_, coursePage) = await certified.Client.GetPageAsync($"/courses/{course}", "en");
        var (_, dashboard) = await certified.Client.GetPageAsync("/dashboard", "en");
        var certifiedProgress = await ProgressAsync(certified.Id);
        var latecomerProgress = await ProgressAsync(latecomer.Id);
        var facts = await site.WithServiceAsync(services => services.GetRequiredService<ReportFactsSource>().LoadAsync(CancellationToken.None));

        // Assert
        var mine = certifiedProgress.Regional.Single(c => c.CourseId == course);
        Assert.True(certifiedProgress.Complete);
        Assert.Equal([course + "-new"], mine.NewLessonIds);
        Assert.Equal((2, 1), (mine.Lessons, mine.LessonsRead));
        Assert.False(latecomerProgress.Regional.Single(c => c.CourseId == course).Complete);
        Assert.Empty(latecomerProgress.Regional.Single(c => c.CourseId == course).NewLessonIds);
        Assert.True(Assert.Single(await CertificateSteps.CertificatesOfAsync(site, certified.Email)) is { IsRevoked: false });
        Assert.Empty(await CertificateSteps.CertificatesOfAsync(site, latecomer.Email));

        var newLesson = coursePage.QuerySelectorAll("main .lesson-list li").Single(li => li.QuerySelector($"a[href$='/{course}-new']") is not null);
        Assert.Equal("new", newLesson.QuerySelector(".status--new")?.TextContent);
        Assert.Contains("1 new lesson has been added", coursePage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 of 1 course completed", dashboard.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("stays completed", dashboard.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        Assert.Contains(course, facts.Of(certified.Id).Summary.CoursesComplete);
        Assert.DoesNotContain(course, facts.Of(latecomer.Id).Summary.CoursesComplete);
    }

    private async Task<(string Id, string Email, SiteClient Client)> LearnerAsync()
    {
        var email = $"vantaa-{Guid.NewGuid():N}@example.fi";
        var user = await site.CreateUserAsync(email, [Roles.Learner], homeRegion: "vantaa");
        var client = site.CreateSiteClient();
        await client.SignInAsync(email, SiteFactory.DefaultPassword);
        return (user.Id, email, client);
    }

    private Task<PackageProgress> ProgressAsync(string userId) =>
        site.WithServiceAsync(services => services.GetRequiredService<ICourseProgress>().ForLearnerAsync(userId, "vantaa", CancellationToken.None));
}

public sealed class NewLessonRuleTestsOnSqlite(SqliteCertificateSite site) : NewLessonRuleTests(site), IClassFixture<SqliteCertificateSite>;

public sealed class NewLessonRuleTestsOnPostgres(PostgresCertificateSite site) : NewLessonRuleTests(site), IClassFixture<PostgresCertificateSite>;
