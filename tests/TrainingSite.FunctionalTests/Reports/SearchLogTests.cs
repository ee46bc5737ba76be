using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Core.Localization;
using TrainingSite.Data;
using TrainingSite.Reports.Models;
using TrainingSite.Reports.SearchLog;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Reports;

/// <summary>
/// The guidance search log and /reports/search: searches are recorded normalised and without identity, counted in the
/// report within the reader's regions, pruned after the retention, and no crafted value makes either fail.
/// </summary>
public abstract class SearchLogTests(SiteFactory site)
{
    [Fact]
    public async Task Search_ShouldBeRecorded_NormalisedAndWithoutIdentity()
    {
        // Arrange
        var word = Word();
        using var learner = await site.SignedInClientAsync([Roles.Learner, Roles.NetworkMember], homeRegion: "espoo");
        using var anonymous = site.CreateSiteClient();

        // Act
        var page = await learner.Http.GetAsync($"/guidance?q={Uri.EscapeDataString($"  {word.ToUpperInvariant()}   Kela\t")}");
        var api = await anonymous.Http.GetAsync($"/api/guidance/search?q={word}&lang=sv&region=helsinki");
        var total = JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement.GetProperty("total").GetInt32();
        await learner.Http.GetAsync($"/guidance?q={word}+kela&partial=true");
        await learner.Http.GetAsync($"/guidance?q={word}+kela&page=2");

        // Assert
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        var rows = await RowsAsync(word);
        Assert.Equal(2, rows.Count);
        var fromPage = rows.Single(r => r.Query == $"{word} kela");
        Assert.Equal(("fi", "espoo", LoggedSearch.NetworkAudience, SiteTime.Today), (fromPage.Language, fromPage.RegionId, fromPage.Audience, fromPage.Day));
        var fromApi = rows.Single(r => r.Query == word);
        Assert.Equal(("sv", "helsinki", LoggedSearch.PublicAudience, total), (fromApi.Language, fromApi.RegionId, fromApi.Audience, fromApi.Results));

        // Nothing in the table can name the searcher: its columns are these and no others.
        var columns = await site.WithServiceAsync(services => Task.FromResult(
            services.GetRequiredService<TrainingDbContext>().Model.FindEntityType(typeof(LoggedSearch))!.GetProperties().Select(p => p.Name).Order().ToArray()));
        Assert.Equal(["Audience", "Day", "Id", "Language", "Query", "RegionId", "Results"], columns);
    }

    [Fact]
    public async Task Report_ShouldCountSearches_WithinTheReadersRegions()
    {
        // Arrange
        var (found, missing, helsinki, national) = (Word(), Word(), Word(), Word());
        await AddAsync(
            Row(found, "espoo", results: 3), Row(found, "espoo", results: 3), Row(found, "espoo", results: 0, language: "sv"),
            Row(missing, "espoo", results: 0), Row(helsinki, "helsinki", results: 0), Row(national, null, results: 0),
            Row(found, "espoo", results: 2, daysAgo: 100));
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        using var administrator = await site.SignedInClientAsync([Roles.Administrator]);

        // Act
        var (response, page) = await coordinator.GetPageAsync("/reports/search?period=30d", acceptLanguage: "en");
        var (_, swedish) = await coordinator.GetPageAsync("/reports/search?period=30d&language=sv&region=espoo", acceptLanguage: "en");
        var (_, year) = await coordinator.GetPageAsync("/reports/search?period=year", acceptLanguage: "en");
        var (_, all) = await administrator.GetPageAsync("/reports/search?period=30d", acceptLanguage: "en");
        var (_, none) = await administrator.GetPageAsync("/reports/search?period=30d&region=none", acceptLanguage: "en");
        var otherRegion = await coordinator.Http.GetAsync("/reports/search?region=helsinki");
        var noRegion = await coordinator.Http.GetAsync("/reports/search?region=none");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("3", "1"), Counts(page, "table[data-frequent]", found));
        Assert.Equal(("1", "1"), Counts(page, "table[data-frequent]", missing));
        Assert.Equal("1", Text(page, $"table[data-nothing-found] tr[data-query='{found}'] [data-count]"));
        Assert.Equal("1", Text(page, $"table[data-nothing-found] tr[data-query='{missing}'] [data-count]"));
        Assert.Equal($"/guidance?q={found}", page.QuerySelector($"table[data-frequent] tr[data-query='{found}'] a")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector($"tr[data-query='{helsinki}']"));
        Assert.Null(page.QuerySelector($"tr[data-query='{national}']"));
        Assert.Equal(("1", "1"), Counts(swedish, "table[data-frequent]", found));
        Assert.Null(swedish.QuerySelector($"tr[data-query='{missing}']"));
        Assert.Equal(("4", "1"), Counts(year, "table[data-frequent]", found));
        Assert.NotNull(all.QuerySelector($"table[data-nothing-found] tr[data-query='{helsinki}']"));
        Assert.NotNull(all.QuerySelector($"table[data-nothing-found] tr[data-query='{national}']"));
        Assert.NotNull(none.QuerySelector($"tr[data-query='{national}']"));
        Assert.Null(none.QuerySelector($"tr[data-query='{found}']"));
        Assert.Equal(HttpStatusCode.Forbidden, otherRegion.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, noRegion.StatusCode);
    }

    [Fact]
    public async Task PeriodPicker_ShouldKeepTheRegionAndLanguageChosen()
    {
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);

        var (_, page) = await coordinator.GetPageAsync("/reports/search?period=30d&language=sv&region=espoo");

        var picker = page.QuerySelector("form.period-picker");
        Assert.NotNull(picker);
        Assert.Equal("espoo", picker.QuerySelector("input[type=hidden][name=region]")?.GetAttribute("value"));
        Assert.Equal("sv", picker.QuerySelector("input[type=hidden][name=language]")?.GetAttribute("value"));
        Assert.Equal("30d", picker.QuerySelector("select[name=period] option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Pruning_ShouldRemoveSearches_OlderThanSearchLogDays()
    {
        var word = Word();
        await AddAsync(Row(word, "espoo", results: 1, daysAgo: 366), Row(word, "espoo", results: 2, daysAgo: 364));

        await site.WithServiceAsync(async services =>
        {
            await services.GetServices<IDailyTask>().OfType<SearchLogPruning>().Single().RunAsync(CancellationToken.None);
            return 0;
        });

        Assert.Equal([2], (await RowsAsync(word)).Select(r => r.Results));
    }

    [Fact]
    public async Task CraftedValues_ShouldNeverFail_TheSearchOrTheReport()
    {
        var word = Word();
        using var administrator = await site.SignedInClientAsync([Roles.Administrator]);
        var crafted = new[]
        {
            "/reports/search?region=%00&language=%3Cscript%3E&period=%27%3B--",
            "/reports/search?region=" + new string('x', 5000),
            "/reports/search?language=fi&language=sv&region=none&region=espoo",
        };
        var longQuery = word + " " + string.Concat(Enumerable.Repeat("ä\u0000\u200b😀 ", 400));

        var reports = await Task.WhenAll(crafted.Select(url => administrator.Http.GetAsync(url)));
        var search = await administrator.Http.GetAsync("/guidance?q=" + Uri.EscapeDataString(longQuery));
        var api = await administrator.Http.GetAsync("/api/guidance/search?q=" + Uri.EscapeDataString(longQuery) + "&region=espoo");

        Assert.All(reports, r => Assert.True((int)r.StatusCode < 500, $"{r.RequestMessage!.RequestUri} answered {(int)r.StatusCode}"));
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reports[1].StatusCode); // not a region
        var rows = await RowsAsync(word);
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.InRange(r.Query.Length, word.Length, LoggedSearch.QueryMaxLength));
        Assert.All(rows, r => Assert.DoesNotContain('\u0000', r.Query));
    }

    private static string Word() => "zq" + Guid.NewGuid().ToString("N")[..10];

    private static LoggedSearch Row(string query, string? region, int results, string language = "fi", int daysAgo = 0) =>
        new() { Query = query, RegionId = region, Results = results, Language = language, Day = SiteTime.Today.AddDays(-daysAgo), Audience = LoggedSearch.PublicAudience };

    private Task<int> AddAsync(params LoggedSearch[] rows) =>
        site.WithServiceAsync(async services =>
        {
            var db = services.GetRequiredService<TrainingDbContext>();
            db.AddRange(rows);
            return await db.SaveChangesAsync();
        });

    private Task<List<LoggedSearch>> RowsAsync(string word) =>
        site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Set<LoggedSearch>().AsNoTracking().Where(r => r.Query.StartsWith(word)).ToListAsync());

    private static (string Searches, string FoundNothing) Counts(IDocument page, string table, string query) =>
        (Text(page, $"{table} tr[data-query='{query}'] [data-count]"), Text(page, $"{table} tr[data-query='{query}'] [data-nothing]"));

    private static string Text(IDocument page, string selector) =>
        (page.QuerySelector(selector) ?? throw new InvalidOperationException($"Nothing matches {selector}")).TextContent.Trim();
}

public sealed class SearchLogTestsOnSqlite(SqliteSiteFactory site) : SearchLogTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class SearchLogTestsOnPostgres(PostgresSiteFactory site) : SearchLogTests(site), IClassFixture<PostgresSiteFactory>;
