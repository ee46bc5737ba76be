using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.FunctionalTests.Reports;

/// <summary>
/// Every number on /reports equals a direct count of the generated data set, for administrators and coordinators,
/// several regions and periods, on both providers.
/// </summary>
public abstract class DashboardNumbersTests(DashboardSite site)
{
    public static TheoryData<string, string, string?[], int?> Views => new()
    {
        { "admin", "?period=all", ["espoo", "helsinki", null], null },
        { "admin", "?period=30d", ["espoo", "helsinki", null], 30 },
        { "admin", "?period=year&region=-", [null], 365 },
        { "admin", "?period=90d&region=helsinki", ["helsinki"], 90 },
        { "espoo", "", ["espoo"], 90 },
        { "espoo", "?period=all", ["espoo"], null },
        { "both", "?period=year", ["espoo", "helsinki"], 365 },
        { "both", "?period=all&region=espoo", ["espoo"], null },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Dashboard_ShouldShowTheDataSetsCounts_ForEachScopeAndPeriod(string who, string query, string?[] regions, int? days)
    {
        using var client = await ClientAsync(who);
        var expected = new DashboardExpectation(site.Data, regions, days);

        var (response, page) = await client.GetPageAsync("/reports" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Lines(expected.Figures), Lines(Values(page, "#figures td[data-figure]", "data-figure")));
        Assert.Equal(Lines(expected.Funnel), Lines(Values(page, "#funnel td[data-stage]", "data-stage")));
        Assert.Equal(expected.National, CourseRow(page, site.National));
        foreach (var (region, course) in new[] { ("espoo", site.Espoo), ("helsinki", site.Helsinki) })
        {
            if (regions.Contains(region))
            {
                Assert.Equal(expected.Regional(region), CourseRow(page, course));
            }
            else
            {
                Assert.Null(page.QuerySelector($"#courses tr[data-course='{course}']"));
            }
        }

        var weeks = Values(page, "#weeks td[data-week]", "data-week").Where(w => w.Value != "0").ToDictionary(w => w.Key, w => int.Parse(w.Value, CultureInfo.InvariantCulture));
        Assert.Equal(expected.Weeks.OrderBy(w => w.Key), weeks.OrderBy(w => w.Key));
    }

    [Fact]
    public async Task Comparison_ShouldCountEachRegion_ForAdministrators()
    {
        using var admin = await ClientAsync("admin");

        var (_, page) = await admin.GetPageAsync("/reports?period=year");

        foreach (var region in new[] { "espoo", "helsinki", null })
        {
            var expected = new DashboardExpectation(site.Data, [region], 365);
            var row = page.QuerySelector($"#comparison tr[data-region='{region ?? "-"}']");
            Assert.NotNull(row);
            var cells = row.QuerySelectorAll("td[data-column]").ToDictionary(c => c.GetAttribute("data-column")!, c => c.GetAttribute("data-value") ?? "");
            Assert.Equal(expected.Figures["registered-in-period"], cells["registered"]);
            Assert.Equal(expected.Figures["active"], cells["active"]);
            Assert.Equal(expected.Figures["started"], cells["started"]);
            Assert.Equal(expected.Figures["certified"], cells["certified"]);
            Assert.Equal(expected.Figures["completion-rate"], cells["completion-rate"]);
        }
    }

    private async Task<Testing.SiteClient> ClientAsync(string who) => who switch
    {
        "admin" => await site.SignedInClientAsync([Roles.Administrator]),
        "espoo" => await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]),
        _ => await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo", "helsinki"]),
    };

    private static Dictionary<string, string> Values(IDocument page, string selector, string key) =>
        page.QuerySelectorAll(selector).ToDictionary(c => c.GetAttribute(key)!, c => c.GetAttribute("data-value") ?? "");

    /// <summary>One "key=value" line per entry, sorted, so a failure shows every number side by side.</summary>
    private static string Lines(IReadOnlyDictionary<string, string> values) =>
        string.Join("\n", values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={v.Value}"));

    private static (int, int) CourseRow(IDocument page, string courseId)
    {
        var row = page.QuerySelector($"#courses tr[data-course='{courseId}']");
        Assert.NotNull(row);
        int Cell(string column) => int.Parse(row.QuerySelector($"td[data-column='{column}']")!.GetAttribute("data-value")!, CultureInfo.InvariantCulture);
        return (Cell("started"), Cell("completed"));
    }
}

public sealed class DashboardNumbersTestsOnSqlite(SqliteDashboardSite site) : DashboardNumbersTests(site), IClassFixture<SqliteDashboardSite>;

public sealed class DashboardNumbersTestsOnPostgres(PostgresDashboardSite site) : DashboardNumbersTests(site), IClassFixture<PostgresDashboardSite>;
