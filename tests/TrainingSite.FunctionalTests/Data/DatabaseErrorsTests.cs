using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;
using TrainingSite.Data.Configuration;

namespace TrainingSite.FunctionalTests.Data;

/// <summary>The providers' real "cannot reach the database" errors are told apart from errors of a query.</summary>
public sealed class DatabaseErrorsTests
{
    [Fact]
    public async Task IsUnavailable_ShouldRecognise_PostgresRefusingTheConnection()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={closedPort};Username=x;Timeout=2;Pooling=false");

        var exception = await Record.ExceptionAsync(() => connection.OpenAsync());

        Assert.NotNull(exception);
        Assert.True(DatabaseErrors.IsUnavailable(exception), exception.ToString());
    }

    [Fact]
    public async Task IsUnavailable_ShouldRecognise_PostgresRefusingMoreConnections()
    {
        // A role allowed no connections gets the same refusal (53300) as a server at max_connections.
        var server = new NpgsqlConnectionStringBuilder(TrainingSite.Testing.TestDatabase.ServerConnectionString());
        var role = $"ts_limited_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(server.ConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE ROLE {role} LOGIN CONNECTION LIMIT 0", admin);
            await create.ExecuteNonQueryAsync();
        }

        try
        {
            var limited = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Username = role, Database = "postgres", Pooling = false };
            await using var connection = new NpgsqlConnection(limited.ConnectionString);

            var exception = await Record.ExceptionAsync(() => connection.OpenAsync());

            Assert.Equal(PostgresErrorCodes.TooManyConnections, Assert.IsType<PostgresException>(exception).SqlState);
            Assert.True(DatabaseErrors.IsUnavailable(exception), exception.ToString());
        }
        finally
        {
            await using var admin = new NpgsqlConnection(server.ConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP ROLE {role}", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    [Fact]
    public async Task IsUnavailable_ShouldRecognise_SqliteUnableToOpenItsFile_ButNotASqlError()
    {
        var missing = Path.Combine(Path.GetTempPath(), "trainingsite-tests", Guid.NewGuid().ToString("N"), "no-such-folder", "site.db");
        await using var unopenable = new SqliteConnection($"Data Source={missing}");
        await using var memory = new SqliteConnection("Data Source=:memory:");
        await memory.OpenAsync();
        await using var command = memory.CreateCommand();
        command.CommandText = "SELECT * FROM no_such_table";

        var cannotOpen = await Record.ExceptionAsync(() => unopenable.OpenAsync());
        var badQuery = await Record.ExceptionAsync(() => command.ExecuteReaderAsync());

        Assert.True(DatabaseErrors.IsUnavailable(cannotOpen!), cannotOpen?.ToString());
        Assert.False(DatabaseErrors.IsUnavailable(badQuery!), badQuery?.ToString());
    }
}
