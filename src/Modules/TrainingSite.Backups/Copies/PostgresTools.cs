using System.Diagnostics;
using Microsoft.Extensions.Localization;
using Npgsql;
using TrainingSite.Data.Configuration;

namespace TrainingSite.Backups.Copies;

/// <summary>
/// Runs PostgreSQL's client programs (pg_dump, pg_restore) found on the PATH, connected as the site is: host, port,
/// user and database come from the Npgsql connection string, the password goes in PGPASSWORD, never on the command line.
/// </summary>
public sealed class PostgresTools(DatabaseOptions options, IStringLocalizer<BackupsStrings> strings)
{
    public async Task RunAsync(string tool, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var program = Find(tool) ?? throw new BackupException(strings["ToolMissing", tool]);
        var connection = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in ConnectionArguments(connection).Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        if (!string.IsNullOrEmpty(connection.Password))
        {
            start.Environment["PGPASSWORD"] = connection.Password;
        }

        if (connection.SslMode is SslMode.Require or SslMode.VerifyCA or SslMode.VerifyFull or SslMode.Disable)
        {
            start.Environment["PGSSLMODE"] = connection.SslMode switch
            {
                SslMode.Require => "require",
                SslMode.VerifyCA => "verify-ca",
                SslMode.VerifyFull => "verify-full",
                _ => "disable",
            };
        }

        using var process = Process.Start(start) ?? throw new BackupException(strings["ToolMissing", tool]);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        await output;
        if (process.ExitCode != 0)
        {
            throw new BackupException(strings["ToolFailed", tool, process.ExitCode, (await error).Trim()]);
        }
    }

    /// <summary>The program's full path on the PATH, or null.</summary>
    public static string? Find(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, tool))
            .FirstOrDefault(File.Exists);

    private static IEnumerable<string> ConnectionArguments(NpgsqlConnectionStringBuilder connection)
    {
        if (!string.IsNullOrEmpty(connection.Host))
        {
            yield return "--host=" + connection.Host;
        }

        yield return "--port=" + connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!string.IsNullOrEmpty(connection.Username))
        {
            yield return "--username=" + connection.Username;
        }

        yield return "--no-password"; // never wait for a password prompt: PGPASSWORD or ~/.pgpass, or fail
        yield return "--dbname=" + (connection.Database ?? connection.Username ?? "postgres");
    }
}
