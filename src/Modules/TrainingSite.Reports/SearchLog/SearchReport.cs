using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Core.Localization;
using TrainingSite.Data;
using TrainingSite.Reports.Models;

namespace TrainingSite.Reports.SearchLog;

/// <summary>
/// Reads the search log for a reader's scope, grouped in SQL: a coordinator sees the searches of their regions, and the
/// searches without a region only with <see cref="ReportsPermissions.ViewNational"/>.
/// </summary>
public sealed class SearchReport(TrainingDbContext db)
{
    public const int TopCount = 50;

    /// <summary>Whether the scope may see the filter's region (every region in scope, no region, or one region).</summary>
    public static bool Allows(RegionScope scope, string? region) =>
        region is null || (region == SearchReportFilter.NoRegion ? scope.National : scope.AllRegions || scope.Regions.Contains(region));

    public async Task<SearchReportResult> ReadAsync(RegionScope scope, SearchReportFilter filter, CancellationToken cancellationToken)
    {
        var rows = Scoped(db.Set<LoggedSearch>().AsNoTracking(), scope);
        if (filter.Period.Since(DateTimeOffset.UtcNow) is { } since)
        {
            var firstDay = DateOnly.FromDateTime(SiteTime.ToFinnishTime(since).DateTime);
            rows = rows.Where(s => s.Day >= firstDay);
        }

        rows = filter.Region switch
        {
            null => rows,
            SearchReportFilter.NoRegion => rows.Where(s => s.RegionId == null),
            var region => rows.Where(s => s.RegionId == region),
        };
        if (filter.Language is { } language)
        {
            rows = rows.Where(s => s.Language == language);
        }

        var searches = await rows.CountAsync(cancellationToken);
        var foundNothing = await rows.CountAsync(s => s.Results == 0, cancellationToken);
        var frequent = await Top(rows, cancellationToken);
        var nothingFound = await Top(rows.Where(s => s.Results == 0), cancellationToken);
        return new SearchReportResult(searches, foundNothing, frequent, nothingFound);
    }

    private static IQueryable<LoggedSearch> Scoped(IQueryable<LoggedSearch> rows, RegionScope scope)
    {
        var regions = scope.Regions.ToList();
        return (scope.National, scope.AllRegions) switch
        {
            (true, true) => rows,
            (false, true) => rows.Where(s => s.RegionId != null),
            (true, false) => rows.Where(s => s.RegionId == null || regions.Contains(s.RegionId)),
            (false, false) => rows.Where(s => s.RegionId != null && regions.Contains(s.RegionId)),
        };
    }

    private static async Task<List<QueryCount>> Top(IQueryable<LoggedSearch> rows, CancellationToken cancellationToken) =>
        (await rows.GroupBy(s => s.Query)
            .Select(g => new { Query = g.Key, Searches = g.Count(), FoundNothing = g.Count(s => s.Results == 0) })
            .OrderByDescending(g => g.Searches).ThenBy(g => g.Query)
            .Take(TopCount)
            .ToListAsync(cancellationToken))
        .Select(g => new QueryCount(g.Query, g.Searches, g.FoundNothing))
        .ToList();
}
