using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrainingSite.Abstractions.Modules;
using TrainingSite.AuditTrail.Models;
using TrainingSite.Data;

namespace TrainingSite.AuditTrail.Services;

/// <summary>
/// Once a day, deletes the events older than <c>Audit:RetentionDays</c>, in batches so a first run over a long backlog
/// never holds one huge transaction (and the lock SQLite takes for it) while the site is writing.
/// </summary>
public sealed partial class AuditRetention(TrainingDbContext db, IOptions<AuditOptions> options, TimeProvider clock, ILogger<AuditRetention> logger) : IDailyTask
{
    public const int BatchSize = 5000;

    public string Name => "audit-retention";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.RetentionDays);
        var total = 0;
        int deleted;
        do
        {
            var batch = db.Set<AuditEvent>().Where(e => e.OccurredAt < cutoff).OrderBy(e => e.Id).Select(e => e.Id).Take(BatchSize);
            deleted = await db.Set<AuditEvent>().Where(e => batch.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
            total += deleted;
        }
        while (deleted == BatchSize);

        if (total > 0)
        {
            LogPruned(total, options.Value.RetentionDays);
        }
    }

    [LoggerMessage(LogLevel.Information, "Removed {Count} audit events older than {Days} days.")]
    private partial void LogPruned(int count, int days);
}
