using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Reports;

/// <summary>
/// The course reports on a generated data set: every number equals a direct count of the learners the reader may see
/// (their regions' learners; every learner for an administrator), erased accounts and staff never count, and a
/// course of another region is refused.
/// </summary>
public abstract class CourseReportTests(SiteFactory site)
{
    [Fact]
    public async Task CourseReport_ShouldShowDirectCounts_ForAnAdministratorAndForAnEspooCoordinatorOnANationalCourse()
    {
        // Arrange
        var course = await ReportSeed.CourseAsync(site, region: null);
        var learners = Generate(36);
        await ReportSeed.AddAsync(site, course, learners);
        await ReportSeed.AddAsync(site, course, [new SeededLearner(ReportSeed.NewLearnerId(), "espoo", [1, 2, 3], [1, 2, 3], [[true, true, true]], Counted: false)]);
        await ReportSeed.AddAsync(site, course, [new SeededLearner(ReportSeed.NewLearnerId(), "espoo", [1], [1], [[true, true, true]])], role: Roles.NetworkMember);
        using var administrator = await site.SignedInClientAsync([Roles.Administrator]);
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);

        foreach (var (client, counted) in new[] { (administrator, learners), (coordinator, learners.Where(l => l.Region == "espoo").ToArray()) })
        {
            // Act
            var (response, page) = await client.GetPageAsync($"/reports/courses/{course}", acceptLanguage: "en");

            // Assert
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(Expected(counted), Actual(page));
            Assert.NotNull(page.QuerySelector("figure.chart"));
            Assert.NotNull(page.QuerySelector("table[data-lessons] caption"));
        }
    }

    [Fact]
    public async Task CourseList_ShouldCountTheScopesLearners_AndListOnlyTheCoursesTheReaderMayOpen()
    {
        var espooCourse = await ReportSeed.CourseAsync(site, region: "espoo");
        var helsinkiCourse = await ReportSeed.CourseAsync(site, region: "helsinki");
        var learners = Generate(24);
        await ReportSeed.AddAsync(site, espooCourse, learners);
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        var espoo = learners.Where(l => l.Region == "espoo").ToArray();

        var (response, page) = await coordinator.GetPageAsync("/reports/courses", acceptLanguage: "en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(espoo.Count(l => l.Opened.Length > 0).ToString(CultureInfo.InvariantCulture), Text(page, $"tr[data-course='{espooCourse}'] [data-started]"));
        Assert.Equal(espoo.Count(Completed).ToString(CultureInfo.InvariantCulture), Text(page, $"tr[data-course='{espooCourse}'] [data-completed]"));
        Assert.Null(page.QuerySelector($"tr[data-course='{helsinkiCourse}']"));
    }

    [Fact]
    public async Task CourseReport_ShouldBeRefused_OutsideTheScope_AndToLearnersAndNetworkMembers()
    {
        var helsinkiCourse = await ReportSeed.CourseAsync(site, region: "helsinki");
        var nationalCourse = await ReportSeed.CourseAsync(site, region: null);
        using var espooCoordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        using var learner = await site.SignedInClientAsync([Roles.Learner], homeRegion: "helsinki");
        using var networkMember = await site.SignedInClientAsync([Roles.NetworkMember], homeRegion: "helsinki");
        using var administrator = await site.SignedInClientAsync([Roles.Administrator]);

        var otherRegion = await espooCoordinator.Http.GetAsync($"/reports/courses/{helsinkiCourse}");
        var national = await espooCoordinator.Http.GetAsync($"/reports/courses/{nationalCourse}");
        var byLearner = await learner.Http.GetAsync($"/reports/courses/{nationalCourse}");
        var byNetworkMember = await networkMember.Http.GetAsync($"/reports/courses/{helsinkiCourse}");
        var unknown = await administrator.Http.GetAsync("/reports/courses/no-such-course");
        var crafted = await administrator.Http.GetAsync("/reports/courses/%3Cscript%3E'%22");

        Assert.Equal(HttpStatusCode.Forbidden, otherRegion.StatusCode);
        Assert.Equal(HttpStatusCode.OK, national.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byLearner.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byNetworkMember.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, crafted.StatusCode);
    }

    [Fact]
    public async Task QuestionFlags_ShouldAppear_OnlyFromTwentyAttemptsByTenLearners_AndTwentyFirstAttempts()
    {
        // Twenty Espoo learners, one attempt each: q1 right for 2 of 20 (too hard), q2 for all (too easy; no variance,
        // so no discrimination), q3 for every other learner (r = 1/3 against the rest: no flag).
        var course = await ReportSeed.CourseAsync(site, region: "espoo");
        var learners = Enumerable.Range(0, 20)
            .Select(i => new SeededLearner(ReportSeed.NewLearnerId(), "espoo", [1], [1], [[i % 10 == 0, true, i % 2 == 0]]))
            .ToArray();
        await ReportSeed.AddAsync(site, course, learners[..19]);
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);

        var (_, before) = await coordinator.GetPageAsync($"/reports/courses/{course}", acceptLanguage: "en");
        await ReportSeed.AddAsync(site, course, learners[19..]);
        var (_, after) = await coordinator.GetPageAsync($"/reports/courses/{course}", acceptLanguage: "en");

        Assert.Empty(before.QuerySelectorAll("[data-flag]"));
        Assert.Equal(3, before.QuerySelectorAll("[data-not-enough]").Length);
        Assert.Equal("not enough attempts to say", Text(before, "tr[data-question='q3'] [data-discrimination]"));
        Assert.Equal(["TooHard"], Flags(after, "q1"));
        Assert.Equal(["TooEasy"], Flags(after, "q2"));
        Assert.Empty(Flags(after, "q3"));
        Assert.Equal("20 (20 learners)", Text(after, "tr[data-question='q3'] [data-attempts]"));
        Assert.Equal("0.33", Text(after, "tr[data-question='q3'] [data-discrimination]"));
        Assert.Equal("not available", Text(after, "tr[data-question='q2'] [data-discrimination]"));
        Assert.Contains("at least 20 attempts by at least 10 different learners", Text(after, "[data-rule]"), StringComparison.Ordinal);
    }

    /// <summary>
    /// Learners over Espoo, Helsinki and no region, with every kind of progress: none, lessons opened but not read, read
    /// in order, read with a gap (lesson 3 without 2), and zero to two attempts of varied scores.
    /// </summary>
    private static SeededLearner[] Generate(int count) =>
    [
        .. Enumerable.Range(0, count).Select(i =>
        {
            var opened = Enumerable.Range(1, i % 4).ToArray();
            var read = i % 5 == 0 ? opened.Skip(1).Where(n => n != 2).ToArray() : opened.Take((i / 2) % (opened.Length + 1)).ToArray();
            var attempts = opened.Length == 3 && i % 7 != 6
                ? Enumerable.Range(0, 1 + (i % 2)).Select(n => new[] { (i + n) % 2 == 0, i % 3 == 0, n == 1 || i % 4 == 3 }).ToArray()
                : [];
            return new SeededLearner(ReportSeed.NewLearnerId(), (i % 3) switch { 0 => "espoo", 1 => "helsinki", _ => null }, opened, read, attempts);
        }),
    ];

    private static bool Completed(SeededLearner learner) => learner.Read.Length == 3 && learner.Attempts.Any(SeededLearner.Passes);

    /// <summary>The page's numbers as the direct count of the seeded data gives them.</summary>
    private static string[] Expected(SeededLearner[] learners)
    {
        var attempts = learners.SelectMany(l => l.Attempts).ToList();
        var stopped = Enumerable.Range(1, 3).Select(n => learners.Count(l => l.Read.Length > 0 && l.Read.Max() == n)).ToList();
        var started = learners.Count(l => l.Opened.Length > 0);
        var passed = attempts.Count(SeededLearner.Passes);
        return
        [
            $"started {started}", $"completed {learners.Count(Completed)}", $"stopped-before {started - stopped.Sum()}",
            .. Enumerable.Range(1, 3).Select(n => $"lesson {n}: {learners.Count(l => l.Opened.Contains(n))} {learners.Count(l => l.Read.Contains(n))} {stopped[n - 1]}"),
            $"attempts {attempts.Count}", $"learners {learners.Count(l => l.Attempts.Length > 0)}", $"passed {learners.Count(l => l.Attempts.Any(SeededLearner.Passes))}",
            $"pass rate {(attempts.Count == 0 ? "not available" : $"{Math.Round(100.0 * passed / attempts.Count, MidpointRounding.AwayFromZero)}% ({passed} of {attempts.Count})")}",
            .. Enumerable.Range(0, 10).Select(b => $"bucket {b * 10}: {attempts.Count(a => Math.Min(SeededLearner.Score(a) / 10, 9) == b)}"),
            .. Enumerable.Range(1, 3).Select(q => $"q{q}: {attempts.Count} ({learners.Count(l => l.Attempts.Length > 0)} learners)"),
        ];
    }

    private static string[] Actual(IDocument page) =>
    [
        $"started {Text(page, "dd[data-started]")}", $"completed {Text(page, "dd[data-completed]")}", $"stopped-before {Text(page, "tr[data-lesson=''] [data-stopped]")}",
        .. page.QuerySelectorAll("tr[data-lesson]").Skip(1).Select((row, index) =>
            $"lesson {index + 1}: {Text(row, "[data-opened]")} {Text(row, "[data-read]")} {Text(row, "[data-stopped]")}"),
        $"attempts {Text(page, "dd[data-attempts]")}", $"learners {Text(page, "dd[data-quiz-learners]")}", $"passed {Text(page, "dd[data-learners-passed]")}",
        $"pass rate {Text(page, "dd[data-pass-rate]")}",
        .. page.QuerySelectorAll("tr[data-bucket]").Select(row => $"bucket {row.GetAttribute("data-bucket")}: {Text(row, "td")}"),
        .. page.QuerySelectorAll("tr[data-question]").Select(row => $"{row.GetAttribute("data-question")}: {Text(row, "[data-attempts]")}"),
    ];

    private static string[] Flags(IDocument page, string question) =>
        [.. page.QuerySelectorAll($"tr[data-question='{question}'] [data-flag]").Select(e => e.GetAttribute("data-flag")!)];

    private static string Text(IParentNode node, string selector) =>
        (node.QuerySelector(selector) ?? throw new InvalidOperationException($"Nothing matches {selector}")).TextContent.Trim();
}

public sealed class CourseReportTestsOnSqlite(SqliteSiteFactory site) : CourseReportTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class CourseReportTestsOnPostgres(PostgresSiteFactory site) : CourseReportTests(site), IClassFixture<PostgresSiteFactory>;
