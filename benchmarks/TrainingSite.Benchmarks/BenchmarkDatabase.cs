using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace TrainingSite.Benchmarks;

/// <summary>A database of the benchmark's own: a new SQLite file, or a new database on the PostgreSQL server given.</summary>
public sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly string _folder;
    private readonly string? _postgresName;

    private BenchmarkDatabase(string provider, string connectionString, string folder, string? postgresName, string? indexFolder = null)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _folder = folder;
        _postgresName = postgresName;
        IndexFolder = indexFolder ?? Path.Combine(folder, "search");
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    public string Folder => _folder;

    /// <summary>The site's guidance search index (Search:IndexFolder) for this database.</summary>
    public string IndexFolder { get; }

    public static async Task<BenchmarkDatabase> CreateAsync(string provider)
    {
        var folder = Directory.CreateTempSubdirectory("trainingsite-bench-").FullName;
        if (provider != "postgres")
        {
            return new BenchmarkDatabase("Sqlite", $"Data Source={Path.Combine(folder, "bench.db")}", folder, null);
        }

        var server = Environment.GetEnvironmentVariable("TRAININGSITE_BENCH_POSTGRES")
            ?? throw new InvalidOperationException("Set TRAININGSITE_BENCH_POSTGRES to a PostgreSQL server connection string (benchmarks/run.sh starts one).");
        var name = $"ts_bench_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new BenchmarkDatabase("Postgres", new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString, folder, name);
    }

    /// <summary>An existing SQLite file (a database a previous run indexed), used as it is and never deleted; its index is kept beside it.</summary>
    public static BenchmarkDatabase ExistingSqlite(string file) =>
        new("Sqlite", $"Data Source={Path.GetFullPath(file)}", Directory.CreateTempSubdirectory("trainingsite-bench-").FullName, null, Path.GetFullPath(file) + ".search");

    public DbConnection Open()
    {
        DbConnection connection = Provider == "Postgres" ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        if (_postgresName is not null)
        {
            await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("TRAININGSITE_BENCH_POSTGRES"));
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }
}
