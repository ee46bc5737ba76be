using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Core.Localization;
using TrainingSite.Data;
using TrainingSite.Reports.Models;

namespace TrainingSite.Reports.SearchLog;

/// <summary>Removes logged searches older than <see cref="SearchLogOptions.SearchLogDays"/> (a delete by age: safe on two nodes at once).</summary>
public sealed class SearchLogPruning(TrainingDbContext db, IOptions<SearchLogOptions> options) : IDailyTask
{
    public string Name => "search log pruning";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var oldest = SiteTime.Today.AddDays(-Math.Max(1, options.Value.SearchLogDays));
        await db.Set<LoggedSearch>().Where(s => s.Day < oldest).ExecuteDeleteAsync(cancellationToken);
    }
}
