using System.Globalization;

namespace TrainingSite.Backups.Scheduling;

/// <summary>
/// The scheduled backups' folder: file names that sort by time (<c>trainingsite-20261206T020000123Z.zip</c>, UTC), the
/// newest one, and pruning to the newest N. Only files of that pattern are ever deleted.
/// </summary>
public static class BackupFolder
{
    private const string Prefix = "trainingsite-";
    private const string Extension = ".zip";
    private const string Stamp = "yyyyMMdd'T'HHmmssfff'Z'";

    public static string FileFor(string folder, DateTimeOffset at) =>
        Path.Combine(folder, Prefix + at.UtcDateTime.ToString(Stamp, CultureInfo.InvariantCulture) + Extension);

    /// <summary>The scheduled backups in the folder, newest first, with the time each name says.</summary>
    public static IReadOnlyList<(string File, DateTimeOffset At)> List(string folder) =>
        [.. Directory.EnumerateFiles(folder, Prefix + "*" + Extension)
            .Select(file => (File: file, Name: Path.GetFileNameWithoutExtension(file)[Prefix.Length..]))
            .Select(f => (f.File, Ok: DateTime.TryParseExact(f.Name, Stamp, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at), At: at))
            .Where(f => f.Ok)
            .Select(f => (f.File, At: new DateTimeOffset(f.At, TimeSpan.Zero)))
            .OrderByDescending(f => f.At)];

    /// <summary>Deletes all but the newest <paramref name="keep"/> scheduled backups; returns the files deleted.</summary>
    public static IReadOnlyList<string> Prune(string folder, int keep)
    {
        var old = List(folder).Skip(keep).Select(f => f.File).ToList();
        foreach (var file in old)
        {
            File.Delete(file);
        }

        return old;
    }
}
