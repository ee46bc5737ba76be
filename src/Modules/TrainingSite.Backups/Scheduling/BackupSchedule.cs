using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace TrainingSite.Backups.Scheduling;

/// <summary>
/// The <c>Backup</c> section: scheduled SQLite backups into <see cref="Folder"/> every <see cref="Every"/>, keeping the
/// newest <see cref="Keep"/>. Off without a folder. Read once as the site starts; a bad value stops it, naming the setting.
/// </summary>
public sealed record BackupSchedule(string? Folder, TimeSpan Every, int Keep)
{
    public const string Section = "Backup";

    public static readonly TimeSpan DefaultEvery = TimeSpan.FromDays(1);

    public const int DefaultKeep = 7;

    public bool Enabled => Folder is not null;

    public static BackupSchedule Read(IConfiguration configuration, string contentRoot)
    {
        var section = configuration.GetSection(Section);
        var folder = string.IsNullOrWhiteSpace(section["Folder"]) ? null : Path.GetFullPath(section["Folder"]!.Trim(), contentRoot);
        var every = DefaultEvery;
        if (section["Every"] is { Length: > 0 } everyText
            && (!TimeSpan.TryParse(everyText, CultureInfo.InvariantCulture, out every) || every < TimeSpan.FromSeconds(1)))
        {
            throw new InvalidOperationException(
                $"Backup:Every '{everyText}' is not a time span of at least one second. Use days.hours:minutes:seconds, e.g. 1.00:00:00 for daily backups.");
        }

        var keep = DefaultKeep;
        if (section["Keep"] is { Length: > 0 } keepText
            && (!int.TryParse(keepText, NumberStyles.None, CultureInfo.InvariantCulture, out keep) || keep < 1))
        {
            throw new InvalidOperationException($"Backup:Keep '{keepText}' is not a whole number of at least 1 (how many of the newest backups to keep).");
        }

        return new BackupSchedule(folder, every, keep);
    }
}
