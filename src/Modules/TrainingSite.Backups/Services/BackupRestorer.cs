using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Backups.Archive;
using TrainingSite.Backups.Copies;
using TrainingSite.Data.Configuration;
using TrainingSite.Data.Migrations;

namespace TrainingSite.Backups.Services;

/// <summary>
/// Restores a backup file into the configured database: checks the manifest (format, provider, a schema version this
/// build knows) and that the database is empty (or <c>force</c>) before touching anything, restores all or nothing,
/// migrates forward with the normal runner, and tells the modules (each node then rebuilds its search index).
/// </summary>
public sealed class BackupRestorer(
    IDatabaseCopy copy,
    SchemaMigrator migrator,
    DatabaseOptions options,
    IServiceScopeFactory scopes,
    IStringLocalizer<BackupsStrings> strings)
{
    public async Task<RestoreResult> RestoreAsync(string file, bool force, CancellationToken cancellationToken)
    {
        var source = Path.GetFullPath(file);
        if (!File.Exists(source))
        {
            throw new BackupException(strings["BackupMissing", source]);
        }

        var manifest = await BackupArchive.ReadManifestAsync(source, cancellationToken);
        if (manifest is null || manifest.Format != BackupManifest.CurrentFormat || string.IsNullOrEmpty(manifest.SchemaVersion))
        {
            throw new BackupException(strings["NotABackup", source]);
        }

        if (!string.Equals(manifest.Provider, options.Provider.ToString(), StringComparison.OrdinalIgnoreCase))
        {
            throw new BackupException(strings["WrongProvider", manifest.Provider, options.Provider]);
        }

        if (!migrator.KnownMigrationIds.Contains(manifest.SchemaVersion, StringComparer.Ordinal))
        {
            throw new BackupException(strings["NewerSchema", manifest.SchemaVersion, migrator.KnownMigrationIds[^1]]);
        }

        var tables = await copy.CountTablesAsync(cancellationToken);
        if (tables > 0 && !force)
        {
            throw new BackupException(strings["NotEmpty", tables]);
        }

        var work = Directory.CreateTempSubdirectory("trainingsite-restore-");
        try
        {
            var database = Path.Combine(work.FullName, BackupArchive.DatabaseEntry(options.Provider));
            if (!await BackupArchive.ExtractDatabaseAsync(source, options.Provider, database, cancellationToken))
            {
                throw new BackupException(strings["NotABackup", source]);
            }

            await copy.RestoreAsync(database, replace: tables > 0, cancellationToken);
        }
        finally
        {
            work.Delete(recursive: true);
        }

        var migrated = await migrator.MigrateAsync(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        foreach (var listener in scope.ServiceProvider.GetServices<IDatabaseRestoreListener>())
        {
            await listener.RestoredAsync(cancellationToken);
        }

        return new RestoreResult(manifest, migrated);
    }
}
