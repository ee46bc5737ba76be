using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TrainingSite.Backups.Services;
using TrainingSite.Data.Configuration;

namespace TrainingSite.Backups.Scheduling;

/// <summary>
/// Scheduled SQLite backups (<c>Backup:Folder</c>, <c>Backup:Every</c>, <c>Backup:Keep</c>) through the same
/// <see cref="BackupWriter"/> as the <c>backup</c> verb. The first backup is due <c>Every</c> after the newest file in
/// the folder, so restarts do not add backups. On PostgreSQL it says once to use pg_dump (or the verb) instead.
/// </summary>
public sealed class ScheduledBackups(
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    IHostEnvironment environment,
    DatabaseOptions database,
    TimeProvider time,
    ILogger<ScheduledBackups> logger) : BackgroundService
{
    private BackupSchedule? _schedule;

    /// <summary>Settings are checked before the site serves: a bad value stops it with the setting's name.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _schedule = BackupSchedule.Read(configuration, environment.ContentRootPath);
        if (_schedule.Enabled && database.Provider == DatabaseProvider.Postgres)
        {
            logger.LogWarning(
                "Backup:Folder is set, but scheduled backups are for SQLite only: on PostgreSQL schedule pg_dump (cron, a systemd timer) or `-- backup <file>`");
            _schedule = _schedule with { Folder = null };
        }

        if (_schedule.Enabled)
        {
            Directory.CreateDirectory(_schedule.Folder!);
            logger.LogInformation("Scheduled backups every {Every} into {Folder}, keeping the newest {Keep}", _schedule.Every, _schedule.Folder, _schedule.Keep);
        }

        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_schedule is not { Enabled: true } schedule)
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var newest = BackupFolder.List(schedule.Folder!).Select(f => (DateTimeOffset?)f.At).FirstOrDefault();
                var wait = newest is null ? TimeSpan.Zero : newest.Value + schedule.Every - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, stoppingToken);
                }

                await BackUpAsync(schedule, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task BackUpAsync(BackupSchedule schedule, CancellationToken stoppingToken)
    {
        var file = BackupFolder.FileFor(schedule.Folder!, time.GetUtcNow());
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var manifest = await scope.ServiceProvider.GetRequiredService<BackupWriter>().WriteAsync(file, stoppingToken);
            var pruned = BackupFolder.Prune(schedule.Folder!, schedule.Keep);
            logger.LogInformation("Scheduled backup written to {File} (schema {Schema}); {Pruned} older backups deleted", file, manifest.SchemaVersion, pruned.Count);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            // Logged, and tried again after Every: a full disk must not stop the site.
            logger.LogError(exception, "Scheduled backup to {File} failed; the next try is in {Every}", file, schedule.Every);
            await Task.Delay(schedule.Every, time, stoppingToken);
        }
    }
}
