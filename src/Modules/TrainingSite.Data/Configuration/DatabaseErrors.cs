using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace TrainingSite.Data.Configuration;

/// <summary>Turns a failure to reach the database into a message that says what to do.</summary>
public static class DatabaseErrors
{
    private const int SqliteIoError = 10;
    private const int SqliteCantOpen = 14;

    public static bool IsConnectionFailure(Exception exception) =>
        exception is DbException or TimeoutException or System.Net.Sockets.SocketException
        || exception.InnerException is not null && IsConnectionFailure(exception.InnerException);

    /// <summary>
    /// True when the database cannot be reached or used at all, as opposed to a query that failed: PostgreSQL
    /// refusing or dropping the connection (socket and stream errors, connection timeouts, an exhausted pool,
    /// SQLSTATE class 08, the server shutting down: 57P01-57P03, or refusing more connections: 53300), SQLite unable to open or read its file
    /// (SQLITE_CANTOPEN, SQLITE_IOERR). The site answers these with 503, not 500.
    /// </summary>
    public static bool IsUnavailable(Exception exception) => exception switch
    {
        PostgresException postgres => postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
            || postgres.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
                or PostgresErrorCodes.TooManyConnections,
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is not null && IsUnavailable(npgsql.InnerException),
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteCantOpen or SqliteIoError,
        System.Net.Sockets.SocketException or EndOfStreamException or TimeoutException => true,
        IOException io => io.InnerException is System.Net.Sockets.SocketException,
        _ => exception.InnerException is not null && IsUnavailable(exception.InnerException),
    };

    /// <summary>
    /// True when a write failed on a unique index or key (SQLite: SQLITE_CONSTRAINT_UNIQUE or _PRIMARYKEY;
    /// PostgreSQL: 23505), the signal that a concurrent writer got there first.
    /// </summary>
    public static bool IsUniqueViolation(Exception exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => exception.InnerException is not null && IsUniqueViolation(exception.InnerException),
    };

    public static DatabaseConfigurationException Explain(Exception exception, DatabaseOptions options)
    {
        if (options.Provider == DatabaseProvider.Postgres)
        {
            var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            return new DatabaseConfigurationException(
                $"Cannot use PostgreSQL at {builder.Host}:{builder.Port}, database '{builder.Database}': {exception.Message} " +
                "Start PostgreSQL, create the database and its user, or correct ConnectionStrings:TrainingSite.",
                exception);
        }

        var file = new SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
        return new DatabaseConfigurationException(
            $"Cannot use the SQLite database '{file}': {exception.Message} " +
            "Check that its folder exists and is writable, that the file is not on a network drive, or correct ConnectionStrings:TrainingSite.",
            exception);
    }
}
