using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TrainingSite.Abstractions.Reporting;
using TrainingSite.Core.Localization;
using TrainingSite.Data;
using TrainingSite.Reports.Models;

namespace TrainingSite.Reports.SearchLog;

/// <summary>
/// Writes a search to the log with one INSERT of its own (nothing else the request's context tracks is saved with it).
/// The day is Finland's, the site's day. A failure is logged as a warning and swallowed: a search never fails because
/// of its log.
/// </summary>
public sealed class SearchLogWriter(TrainingDbContext db, ILogger<SearchLogWriter> logger) : ISearchLog
{
    public async Task RecordAsync(SearchLogEntry entry, CancellationToken cancellationToken)
    {
        var query = SearchQueryText.Normalise(entry.Query);
        if (query.Length == 0)
        {
            return;
        }

        var day = SiteTime.Today;
        var language = Cap(entry.Language, LoggedSearch.LanguageMaxLength);
        var region = entry.RegionId is null ? null : Cap(entry.RegionId, LoggedSearch.RegionIdMaxLength);
        var audience = entry.Network ? LoggedSearch.NetworkAudience : LoggedSearch.PublicAudience;
        try
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""INSERT INTO "SearchLog" ("Day", "Query", "Language", "RegionId", "Results", "Audience") VALUES ({day}, {query}, {language}, {region}, {entry.Results}, {audience})""",
                cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "A guidance search could not be written to the search log; the search itself went on");
        }
    }

    private static string Cap(string value, int length) => value.Length <= length ? value : value[..length];
}
