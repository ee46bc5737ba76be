using System.Reflection;
using Microsoft.Extensions.Localization;
using TrainingSite.Backups.Archive;
using TrainingSite.Backups.Copies;
using TrainingSite.Data.Configuration;
using TrainingSite.Data.Migrations;

namespace TrainingSite.Backups.Services;

/// <summary>
/// Writes a backup file of the whole site while it runs: the provider's consistent copy plus the manifest, built in a
/// work folder beside the file and renamed into place, so a file under the backup's name is always complete.
/// The <c>backup</c> verb and the scheduled backups both write through here.
/// </summary>
public sealed class BackupWriter(IDatabaseCopy copy, SchemaMigrator migrator, DatabaseOptions options, TimeProvider time, IStringLocalizer<BackupsStrings> strings)
{
    public async Task<BackupManifest> WriteAsync(string file, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(file);
        if (File.Exists(target))
        {
            throw new BackupException(strings["FileExists", target]);
        }

        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
        {
            throw new BackupException(strings["FolderMissing", folder]);
        }

        var applied = await migrator.AppliedIdsAsync(cancellationToken);
        if (applied.Count == 0)
        {
            throw new BackupException(strings["NoSchema"]);
        }

        var manifest = new BackupManifest(BackupManifest.CurrentFormat, options.Provider.ToString(), applied[^1], time.GetUtcNow().UtcDateTime, SiteVersion());
        var work = Path.Combine(folder, $".{Path.GetFileName(target)}.partial");
        var partial = Path.Combine(work, "backup.zip");
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true); // left by a backup that was killed
        }

        Directory.CreateDirectory(work);
        try
        {
            var database = Path.Combine(work, BackupArchive.DatabaseEntry(options.Provider));
            await copy.DumpAsync(database, cancellationToken);
            await BackupArchive.WriteAsync(partial, manifest, options.Provider, database, cancellationToken);
            File.Move(partial, target);
            return manifest;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string SiteVersion() =>
        Assembly.GetEntryAssembly()?.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
