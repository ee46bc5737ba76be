using Microsoft.Extensions.Configuration;
using TrainingSite.Backups.Scheduling;

namespace TrainingSite.FunctionalTests.Backups;

/// <summary>The Backup section's checks and the folder's names and pruning (no site needed).</summary>
public sealed class BackupScheduleTests
{
    [Theory]
    [InlineData("Every", "soon", "Backup:Every")]
    [InlineData("Every", "00:00:00", "Backup:Every")]
    [InlineData("Keep", "0", "Backup:Keep")]
    [InlineData("Keep", "many", "Backup:Keep")]
    public void Read_ShouldStopTheSiteNamingTheSetting_WhenAValueIsBad(string key, string value, string setting)
    {
        var configuration = Configuration(new() { ["Backup:Folder"] = "backups", [$"Backup:{key}"] = value });

        var exception = Assert.Throws<InvalidOperationException>(() => BackupSchedule.Read(configuration, "/srv/site"));

        Assert.Contains(setting, exception.Message, StringComparison.Ordinal);
        Assert.Contains(value, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ShouldBeOff_WithoutAFolder_AndDailyKeepingSeven_ByDefault()
    {
        var off = BackupSchedule.Read(Configuration([]), "/srv/site");
        var on = BackupSchedule.Read(Configuration(new() { ["Backup:Folder"] = "backups", ["Backup:Every"] = "06:00:00", ["Backup:Keep"] = "3" }), "/srv/site");

        Assert.False(off.Enabled);
        Assert.Equal(TimeSpan.FromDays(1), off.Every);
        Assert.Equal(7, off.Keep);
        Assert.Equal(new BackupSchedule("/srv/site/backups", TimeSpan.FromHours(6), 3), on);
    }

    [Fact]
    public void Prune_ShouldKeepTheNewestN_AndNeverTouchOtherFiles()
    {
        var folder = Directory.CreateTempSubdirectory("ts-backup-folder-").FullName;
        var start = new DateTimeOffset(2026, 12, 31, 23, 59, 59, TimeSpan.Zero);
        var files = Enumerable.Range(0, 5).Select(i => BackupFolder.FileFor(folder, start.AddMilliseconds(i * 700))).ToList();
        files.ForEach(f => File.WriteAllText(f, "x"));
        File.WriteAllText(Path.Combine(folder, "notes.zip"), "mine");

        var deleted = BackupFolder.Prune(folder, keep: 2);

        Assert.Equal(files.Take(3).Order(StringComparer.Ordinal), deleted.Order(StringComparer.Ordinal));
        Assert.Equal(files.Skip(3).Reverse(), BackupFolder.List(folder).Select(f => f.File));
        Assert.True(File.Exists(Path.Combine(folder, "notes.zip")));
        Assert.Equal(files, files.Order(StringComparer.Ordinal)); // the names sort by time
        Directory.Delete(folder, recursive: true);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
