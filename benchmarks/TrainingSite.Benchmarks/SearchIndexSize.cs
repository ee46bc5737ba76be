using System.Globalization;

namespace TrainingSite.Benchmarks;

/// <summary>Bytes the guidance search index takes: the site's Lucene index folder on disk, and the database as a whole.</summary>
public static class SearchIndexSize
{
    /// <summary>Every file under the index folder (the live index; a finished rebuild has deleted the old one).</summary>
    public static long IndexBytes(BenchmarkDatabase database) =>
        Directory.Exists(database.IndexFolder)
            ? new DirectoryInfo(database.IndexFolder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length)
            : 0;

    /// <summary>The SQLite file, or the PostgreSQL database, as a whole.</summary>
    public static async Task<long> DatabaseBytesAsync(BenchmarkDatabase database)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = database.Provider == "Postgres"
            ? "SELECT pg_database_size(current_database())"
            : "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
