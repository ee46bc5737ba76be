using TrainingSite.Backups.Scheduling;
using TrainingSite.Data.Configuration;
using TrainingSite.FunctionalTests.Guidance;
using TrainingSite.FunctionalTests.Site;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Backups;

/// <summary>Scheduled backups on a running site: SQLite writes them and keeps the newest N; PostgreSQL says to use pg_dump.</summary>
public sealed class ScheduledBackupTests
{
    [Fact]
    public async Task ScheduledBackups_ShouldWriteRestorableFiles_AndKeepTheNewestN_OnSqlite()
    {
        await using var site = new ScheduledSite(DatabaseProvider.Sqlite);
        await site.InitializeAsync();

        var done = await SearchPolling.UntilAsync(
            () => Task.FromResult(site.Logs.Lines.Count(l => l.Contains("Scheduled backup written", StringComparison.Ordinal)) >= 3),
            TimeSpan.FromSeconds(90));
        await site.DisposeAsync(); // stops the schedule, so the folder holds what the last round left
        var files = BackupFolder.List(site.BackupFolder);

        Assert.NotNull(done);
        Assert.Equal(2, files.Count);
        Assert.DoesNotContain(site.Logs.Lines, l => l.Contains("failed", StringComparison.Ordinal));
        await using var target = TestDatabase.CreateSqlite();
        var restore = await SiteCommand.RunAsync(target, "restore", files[0].File);
        Assert.True(restore.ExitCode == 0, restore.Error);
        Directory.Delete(site.BackupFolder, recursive: true);
    }

    [Fact]
    public async Task ScheduledBackups_ShouldSaySqliteOnly_AndWriteNothing_OnPostgres()
    {
        await using var site = new ScheduledSite(DatabaseProvider.Postgres);
        await site.InitializeAsync();

        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Single(site.Logs.Lines, l => l.Contains("scheduled backups are for SQLite only", StringComparison.Ordinal));
        Assert.False(Directory.Exists(site.BackupFolder) && Directory.EnumerateFileSystemEntries(site.BackupFolder).Any());
    }

    private sealed class ScheduledSite(DatabaseProvider provider) : SiteFactory
    {
        public override DatabaseProvider Provider => provider;

        public string BackupFolder { get; } = Path.Combine(Path.GetTempPath(), "trainingsite-tests", "backups-" + Guid.NewGuid().ToString("N"));

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Recipes:ApplyOnFirstRun"] = "false",
            ["Backup:Folder"] = BackupFolder,
            ["Backup:Every"] = "00:00:01",
            ["Backup:Keep"] = "2",
        };
    }
}
