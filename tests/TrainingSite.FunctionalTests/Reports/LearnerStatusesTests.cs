using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Reports.Services.Learners;

namespace TrainingSite.FunctionalTests.Reports;

/// <summary>The learners' statuses and progress, straight from the service, equal a direct count of the generated facts.</summary>
public abstract class LearnerStatusesTests(ReportSite site)
{
    private static readonly RegionScope Everything = new(true, true, new HashSet<string>());

    [Fact]
    public async Task EveryGeneratedLearner_ShouldHaveTheProgressAndStatusTheFactsGive()
    {
        var rows = await site.WithServiceAsync(s => s.GetRequiredService<LearnerStatuses>().AllAsync(Everything, LearnerFilter.All, CancellationToken.None));

        foreach (var expected in site.Data.Learners.Select(l => ExpectedLearner.Of(l, site)))
        {
            var row = Assert.Single(rows, r => r.Id == expected.Spec.Id);
            Assert.Equal(
                (expected.NationalRead, ExpectedLearner.NationalLessons, expected.NationalComplete, ExpectedLearner.NationalCourses),
                (row.National.LessonsRead, row.National.Lessons, row.National.CoursesComplete, row.National.Courses));
            Assert.Equal((expected.SectionRead, expected.SectionLessons, expected.SectionComplete, expected.SectionCourses), (row.Section.LessonsRead, row.Section.Lessons, row.Section.CoursesComplete, row.Section.Courses));
            Assert.Equal(expected.Status, row.Status.ToString());
            Assert.Equal(expected.Certificate, row.Certificate.ToString());
            Assert.Equal(expected.BestScore, row.BestScores.TryGetValue(site.NationalQuiz, out var best) ? best : null);
            Assert.Equal(expected.LastActivity, row.LastActivity);
            Assert.Equal((expected.Spec.Organisation, expected.Spec.Region, expected.Spec.Deactivated), (row.Organisation, row.HomeRegionId, row.Deactivated));
        }
    }

    [Fact]
    public async Task StatusFilterAndCounts_ShouldAgreeWithTheFacts_WithinAScope()
    {
        var scope = new RegionScope(false, false, new HashSet<string> { "espoo", "vantaa" });
        var inScope = site.Data.Learners.Where(l => l.Region is "espoo" or "vantaa").Select(l => ExpectedLearner.Of(l, site)).ToList();

        var (counts, certified, page) = await site.WithServiceAsync(async s =>
        {
            var statuses = s.GetRequiredService<LearnerStatuses>();
            return (await statuses.CountsAsync(scope, LearnerFilter.All, CancellationToken.None),
                await statuses.AllAsync(scope, new LearnerFilter(Status: LearnerStatus.Certified), CancellationToken.None),
                await statuses.PageAsync(scope, new LearnerFilter(Region: "vantaa"), 1, CancellationToken.None));
        });

        Assert.Equal(inScope.Count, counts.Registered);
        foreach (var status in Enum.GetValues<LearnerStatus>())
        {
            Assert.Equal(inScope.Count(e => e.Status == status.ToString()), counts.Count(status));
        }

        Assert.Equal(inScope.Where(e => e.Status == "Certified").Select(e => e.Spec.Id).Order(), certified.Select(r => r.Id).Order());
        Assert.Equal(inScope.Count(e => e.Spec.Region == "vantaa"), page.Total);
        Assert.All(page.Rows, r => Assert.Equal("vantaa", r.HomeRegionId));
    }
}

public sealed class LearnerStatusesTestsOnSqlite(SqliteReportSite site) : LearnerStatusesTests(site), IClassFixture<SqliteReportSite>;

public sealed class LearnerStatusesTestsOnPostgres(PostgresReportSite site) : LearnerStatusesTests(site), IClassFixture<PostgresReportSite>;
