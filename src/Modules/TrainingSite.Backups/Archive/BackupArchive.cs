using System.IO.Compression;
using System.Text.Json;
using TrainingSite.Data.Configuration;

namespace TrainingSite.Backups.Archive;

/// <summary>
/// The backup file: one zip holding manifest.json and the database copy (<c>database.sqlite</c>, the SQLite file, or
/// <c>database.pgdump</c>, pg_dump's custom format), so both providers share one format and restore can read the
/// manifest before anything else.
/// </summary>
public static class BackupArchive
{
    public const string ManifestEntry = "manifest.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string DatabaseEntry(DatabaseProvider provider) =>
        provider == DatabaseProvider.Postgres ? "database.pgdump" : "database.sqlite";

    public static async Task WriteAsync(string path, BackupManifest manifest, DatabaseProvider provider, string databaseCopy, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        await using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using (var entry = await zip.CreateEntry(ManifestEntry).OpenAsync(cancellationToken))
            {
                await JsonSerializer.SerializeAsync(entry, manifest, Json, cancellationToken);
            }

            // pg_dump's custom format is compressed already; a SQLite file shrinks several times.
            var level = provider == DatabaseProvider.Postgres ? CompressionLevel.NoCompression : CompressionLevel.Optimal;
            await using var database = await zip.CreateEntry(DatabaseEntry(provider), level).OpenAsync(cancellationToken);
            await using var source = File.OpenRead(databaseCopy);
            await source.CopyToAsync(database, cancellationToken);
        }

        await file.FlushAsync(cancellationToken);
        file.Flush(flushToDisk: true);
    }

    /// <summary>The manifest, or null when the file is no zip or holds none.</summary>
    public static async Task<BackupManifest?> ReadManifestAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var zip = await ZipFile.OpenReadAsync(path, cancellationToken);
            if (zip.GetEntry(ManifestEntry) is not { } entry)
            {
                return null;
            }

            await using var stream = await entry.OpenAsync(cancellationToken);
            return await JsonSerializer.DeserializeAsync<BackupManifest>(stream, Json, cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidDataException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Writes the database copy of the backup to <paramref name="destination"/>; false when the backup holds none.</summary>
    public static async Task<bool> ExtractDatabaseAsync(string path, DatabaseProvider provider, string destination, CancellationToken cancellationToken)
    {
        await using var zip = await ZipFile.OpenReadAsync(path, cancellationToken);
        if (zip.GetEntry(DatabaseEntry(provider)) is not { } entry)
        {
            return false;
        }

        await entry.ExtractToFileAsync(destination, overwrite: true, cancellationToken);
        return true;
    }
}
