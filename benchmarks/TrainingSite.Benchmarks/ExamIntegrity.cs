using System.Diagnostics;
using Npgsql;

namespace TrainingSite.Benchmarks;

/// <summary>
/// The database's own consistency after the exam: the engine's check (SQLite's <c>PRAGMA integrity_check</c>;
/// PostgreSQL's <c>pg_amcheck --heapallindexed</c> of every table and index when it is on the PATH or in
/// /usr/lib/postgresql/*/bin) and queries for what the quiz tables must never hold.
/// </summary>
public static class ExamIntegrity
{
    private static readonly (string What, string Sql)[] Queries =
    [
        ("answers whose attempt is missing", "SELECT COUNT(*) FROM \"QuizAnswers\" a WHERE NOT EXISTS (SELECT 1 FROM \"QuizAttempts\" t WHERE t.\"Id\" = a.\"AttemptId\")"),
        ("attempts whose learner is missing", "SELECT COUNT(*) FROM \"QuizAttempts\" t WHERE NOT EXISTS (SELECT 1 FROM \"AspNetUsers\" u WHERE u.\"Id\" = t.\"UserId\")"),
        ("submitted attempts without a score", "SELECT COUNT(*) FROM \"QuizAttempts\" WHERE \"SubmittedAt\" IS NOT NULL AND (\"ScorePercent\" IS NULL OR \"Passed\" IS NULL)"),
        ("open attempts with a score", "SELECT COUNT(*) FROM \"QuizAttempts\" WHERE \"SubmittedAt\" IS NULL AND \"ScorePercent\" IS NOT NULL"),
        ("learners with two open attempts at one quiz", "SELECT COUNT(*) FROM (SELECT \"UserId\" FROM \"QuizAttempts\" WHERE \"SubmittedAt\" IS NULL GROUP BY \"UserId\", \"QuizId\" HAVING COUNT(*) > 1) twice"),
    ];

    /// <summary>Prints each check; true when all passed.</summary>
    public static async Task<bool> RunAsync(BenchmarkDatabase database)
    {
        var passed = true;
        await using (var connection = database.Open())
        {
            foreach (var (what, sql) in Queries)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                var count = Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
                Console.WriteLine($"integrity: {count} {what}");
                passed &= count == 0;
            }

            if (database.Provider == "Sqlite")
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA integrity_check";
                var result = (string?)await command.ExecuteScalarAsync();
                Console.WriteLine($"integrity: PRAGMA integrity_check says {result}");
                passed &= result == "ok";
            }
        }

        return database.Provider == "Postgres" ? await AmcheckAsync(database) && passed : passed;
    }

    private static async Task<bool> AmcheckAsync(BenchmarkDatabase database)
    {
        var tool = new[] { Environment.GetEnvironmentVariable("PATH") ?? string.Empty }
            .SelectMany(path => path.Split(':'))
            .Concat(Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(v => Path.Combine(v, "bin")) : [])
            .Select(folder => Path.Combine(folder, "pg_amcheck"))
            .FirstOrDefault(File.Exists);
        if (tool is null)
        {
            Console.WriteLine("integrity: pg_amcheck not found (Debian: apt-get install postgresql-client), engine check skipped");
            return true;
        }

        var server = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "--install-missing", "--heapallindexed", "-h", server.Host!, "-p", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", server.Username ?? "postgres", server.Database! })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var (stdout, stderr) = (process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        var output = await stdout + await stderr;
        await process.WaitForExitAsync();
        Console.WriteLine($"integrity: pg_amcheck --heapallindexed (every table and index) exited {process.ExitCode}{(output.Length > 0 ? ": " + output.Trim() : ", no corruption")}");
        return process.ExitCode == 0;
    }
}
