using System.Net;
using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.FunctionalTests.Reports;

/// <summary>Every number and text on /reports/learners equals a direct count of the generated data; filters, paging and bad input.</summary>
public abstract class LearnersPageTests(ReportSite site)
{
    [Theory]
    [InlineData("espoo")]
    [InlineData("helsinki")]
    [InlineData("vantaa")]
    [InlineData("-")]
    public async Task EveryRow_ShouldEqualTheFacts_ForEachRegion(string region)
    {
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        var expected = site.Data.Learners.Where(l => l.Region == (region == "-" ? null : region)).Select(l => ExpectedLearner.Of(l, site)).ToList();

        var (response, page) = await admin.GetPageAsync($"/reports/learners?region={region}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{expected.Count} oppijaa", page.QuerySelector(".report-actions [role=status]")?.TextContent.Trim());
        var rows = page.QuerySelectorAll(".table-wrap tbody tr").ToList();
        Assert.Equal(expected.Count, rows.Count);
        Assert.NotNull(page.QuerySelector(".table-wrap[tabindex='0'][role=region][aria-labelledby]"));
        foreach (var e in expected)
        {
            var row = Assert.Single(rows, r => r.QuerySelector("th a")?.GetAttribute("href") == $"/reports/learners/{e.Spec.Id}");
            var cells = row.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList();
            Assert.Equal(e.Spec.Name + (e.Spec.Deactivated ? " Poistettu käytöstä" : string.Empty), string.Join(" ", row.QuerySelector("th")!.ChildNodes.Select(n => n.TextContent.Trim()).Where(t => t.Length > 0)));
            Assert.Equal(e.Spec.Organisation ?? string.Empty, cells[1]);
            Assert.Equal(ReportText.Region(e.Spec.Region), cells[2]);
            Assert.Equal(ReportText.Date(e.Spec.Registered), cells[3]);
            Assert.Equal(e.LastActivity is { } last ? ReportText.Date(last) : "Ei vielä", cells[4]);
            Assert.Equal($"Oppitunnit {e.NationalRead}/{ExpectedLearner.NationalLessons}Kurssit {e.NationalComplete}/{ExpectedLearner.NationalCourses}", cells[5]);
            Assert.Equal(e.Spec.Region is null ? "Ei kotialuetta" : $"Oppitunnit {e.SectionRead}/1Kurssit {e.SectionComplete}/1", cells[6]);
            Assert.Equal(e.BestScore is { } best ? $"Kurssi {site.NationalQuiz}: {best} %" : string.Empty, cells[7]);
            Assert.Equal(ReportText.Certificate(e), cells[8]);
            Assert.Equal(ReportText.Status(e.Status), cells[9]);
        }
    }

    [Theory]
    [InlineData("NotStarted")]
    [InlineData("InProgress")]
    [InlineData("NationalPartDone")]
    [InlineData("Complete")]
    [InlineData("Certified")]
    public async Task StatusFilter_ShouldListExactlyTheLearnersInThatStatus(string status)
    {
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo", "helsinki", "vantaa"]);
        var expected = site.Data.Learners.Where(l => l.Region is not null).Select(l => ExpectedLearner.Of(l, site)).Where(e => e.Status == status).Select(e => e.Spec.Id).Order().ToList();

        var (_, page) = await coordinator.GetPageAsync($"/reports/learners?status={status}");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, page.QuerySelectorAll(".table-wrap tbody th a").Select(a => a.GetAttribute("href")!.Split('/')[^1]).Order().ToList());
    }

    [Fact]
    public async Task OrganisationAndCourseFilters_ShouldNarrowTheList()
    {
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        var organisation = "Åbo stad – Ö-enheten";
        var withOrganisation = site.Data.Learners.Count(l => l.Organisation == organisation);
        var tookEspoo = site.Data.Learners.Count(l => l.Progress.Any(p => p.CourseId == site.Espoo));

        var (_, byOrganisation) = await admin.GetPageAsync($"/reports/learners?organisation={Uri.EscapeDataString(organisation)}");
        var (_, byCourse) = await admin.GetPageAsync($"/reports/learners?course={site.Espoo}");

        Assert.Equal(withOrganisation, byOrganisation.QuerySelectorAll(".table-wrap tbody tr").Length);
        Assert.All(byOrganisation.QuerySelectorAll(".table-wrap tbody tr"), r => Assert.Equal(organisation, r.QuerySelectorAll("td")[0].TextContent.Trim()));
        Assert.Equal(tookEspoo, byCourse.QuerySelectorAll(".table-wrap tbody tr").Length);
    }

    [Theory]
    [InlineData("status=xyz", HttpStatusCode.BadRequest)]
    [InlineData("status=1", HttpStatusCode.BadRequest)]
    [InlineData("course=no-such-course", HttpStatusCode.BadRequest)]
    [InlineData("page=-5", HttpStatusCode.OK)]
    [InlineData("page=99999999999999", HttpStatusCode.OK)]
    [InlineData("page=abc", HttpStatusCode.OK)]
    [InlineData("region=%3Cscript%3E", HttpStatusCode.NotFound)]
    [InlineData("region=kokkola&status=Complete", HttpStatusCode.OK)]
    public async Task BadInput_ShouldAnswerAClearClientError_NeverA500(string query, HttpStatusCode expected)
    {
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);

        var (page, document) = await admin.GetPageAsync($"/reports/learners?{query}");
        var (csv, _) = await admin.GetPageAsync($"/reports/learners.csv?{query}");

        Assert.Equal(expected, page.StatusCode);
        Assert.Equal(expected, csv.StatusCode);
        if (expected == HttpStatusCode.BadRequest)
        {
            Assert.NotNull(document.QuerySelector(".error-summary li a"));
        }
    }

    [Fact]
    public async Task HugeStrings_ShouldNeverAnswer500()
    {
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        var huge = new string('ä', 5000);

        var organisation = await admin.GetPageAsync($"/reports/learners?organisation={Uri.EscapeDataString(huge)}");
        var course = await admin.GetPageAsync($"/reports/learners?course={huge}&status={huge}");
        var detail = await admin.GetPageAsync($"/reports/learners/{huge}");
        var csv = await admin.GetPageAsync($"/reports/learners.csv?region={huge}");

        Assert.Equal(HttpStatusCode.BadRequest, organisation.Response.StatusCode);
        Assert.Contains("150", organisation.Document.QuerySelector(".error-summary")?.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, course.Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, detail.Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, csv.Response.StatusCode);
    }
}

public sealed class LearnersPageTestsOnSqlite(SqliteReportSite site) : LearnersPageTests(site), IClassFixture<SqliteReportSite>;

public sealed class LearnersPageTestsOnPostgres(PostgresReportSite site) : LearnersPageTests(site), IClassFixture<PostgresReportSite>;
