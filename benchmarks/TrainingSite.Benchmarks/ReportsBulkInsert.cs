using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace TrainingSite.Benchmarks;

/// <summary>
/// Writes a <see cref="ReportsDataSet"/> straight into the site's tables, in the shape its EF model stores: on
/// PostgreSQL with binary COPY per table, on SQLite with one prepared insert per table, all in one transaction.
/// Everything else (schema, regions, the shipped courses and quizzes, role grants) comes from the site's own verbs.
/// </summary>
public static class ReportsBulkInsert
{
    private const NpgsqlDbType Text = NpgsqlDbType.Text;
    private const NpgsqlDbType Time = NpgsqlDbType.TimestampTz;
    private const NpgsqlDbType Flag = NpgsqlDbType.Boolean;
    private const NpgsqlDbType Number = NpgsqlDbType.Integer;

    public static async Task InsertAsync(BenchmarkDatabase database, ReportsDataSet set)
    {
        var hash = new PasswordHasher<object>().HashPassword(new object(), BenchmarkSeed.Password);
        var tables = await TablesAsync(database, set, hash);
        if (database.Provider == "Postgres")
        {
            await CopyAsync(database, tables);
        }
        else
        {
            await InsertSqliteAsync(database, tables);
        }
    }

    private static async Task<List<Table>> TablesAsync(BenchmarkDatabase database, ReportsDataSet set, string hash)
    {
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var connection = database.Open())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT \"Name\", \"Id\" FROM \"AspNetRoles\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                roles[reader.GetString(0)] = reader.GetString(1);
            }
        }

        return
        [
            new("AspNetUsers",
                [("Id", Text), ("DisplayName", Text), ("Organisation", Text), ("HomeRegionId", Text), ("PreferredLanguage", Text), ("CreatedAt", Time),
                 ("DeactivatedAt", Time), ("ErasedAt", Time), ("UserName", Text), ("NormalizedUserName", Text), ("Email", Text), ("NormalizedEmail", Text),
                 ("EmailConfirmed", Flag), ("PasswordHash", Text), ("SecurityStamp", Text), ("ConcurrencyStamp", Text), ("PhoneNumberConfirmed", Flag),
                 ("TwoFactorEnabled", Flag), ("LockoutEnabled", Flag), ("AccessFailedCount", Number)],
                set.Users.Select(u =>
                {
                    var userName = u.ErasedAt is null ? u.Email : "erased-" + u.Id;
                    var email = u.ErasedAt is null ? u.Email : null;
                    return new object?[]
                    {
                        u.Id, u.DisplayName, u.Organisation, u.HomeRegionId, u.Language, u.CreatedAt, u.DeactivatedAt, u.ErasedAt, userName,
                        userName.ToUpperInvariant(), email, email?.ToUpperInvariant(), email is not null, email is null ? null : hash,
                        Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString(), false, false, true, 0,
                    };
                })),
            new("AspNetUserRoles", [("UserId", Text), ("RoleId", Text)],
                set.Users.SelectMany(u => u.Roles.Select(r => new object?[] { u.Id, roles[r] }))),
            new("RegionCoordinators", [("UserId", Text), ("RegionId", Text)],
                set.Users.SelectMany(u => u.CoordinatedRegions.Select(r => new object?[] { u.Id, r }))),
            new("LessonProgress", [("UserId", Text), ("LessonId", Text), ("CourseId", Text), ("OpenedAt", Time), ("ReadAt", Time)],
                set.Progress.Select(p => new object?[] { p.UserId, p.LessonId, p.CourseId, p.OpenedAt, p.ReadAt })),
            new("QuizAttempts",
                [("Id", Number), ("QuizId", Text), ("QuizVersionId", Number), ("UserId", Text), ("Number", Number), ("StartedAt", Time), ("SubmittedAt", Time),
                 ("ScorePercent", Number), ("Passed", Flag), ("Layout", Text)],
                set.Attempts.Select(a => new object?[] { a.Id, a.QuizId, a.QuizVersionId, a.UserId, a.Number, a.StartedAt, a.SubmittedAt, a.ScorePercent, a.Passed, a.Layout })),
            new("QuizAnswers", [("AttemptId", Number), ("QuestionId", Text), ("ChoiceIds", Text), ("AnsweredAt", Time)],
                set.Attempts.SelectMany(a => a.Answers).Select(a => new object?[] { a.AttemptId, a.QuestionId, a.ChoiceIds, a.AnsweredAt })),
            new("Certificates",
                [("UserId", Text), ("Programme", Text), ("Code", Text), ("HolderName", Text), ("RegionId", Text), ("RegionName", Text), ("Issuer", Text),
                 ("CompletedAt", Time), ("Courses", Text), ("RevokedAt", Time), ("RevocationReason", Text), ("RevokedBy", Text)],
                set.Certificates.Select(c => new object?[]
                {
                    c.UserId, TrainingSite.Certificates.Models.CertificateProgrammes.TrainingPackage, c.Code, c.HolderName, c.RegionId, c.RegionName, c.Issuer,
                    c.CompletedAt, c.Courses, c.RevokedAt, c.RevocationReason, c.RevokedBy,
                })),
            new("AuditEvents",
                [("OccurredAt", Time), ("Kind", Text), ("ActorId", Text), ("ActorName", Text), ("ClientAddress", Text), ("ItemType", Text), ("ItemId", Text),
                 ("ItemTitle", Text), ("RegionId", Text), ("VersionNumber", Number), ("Details", Text)],
                // OccurredAt is a UTC DateTime in the model (SQLite stores it without an offset, so it orders as text).
                set.Audit.Select(e => new object?[] { e.OccurredAt.UtcDateTime, e.Kind, e.ActorId, e.ActorName, e.ClientAddress, e.ItemType, e.ItemId, e.ItemTitle, e.RegionId, e.VersionNumber, e.Details })),
        ];
    }

    private static async Task InsertSqliteAsync(BenchmarkDatabase database, List<Table> tables)
    {
        await using var connection = (SqliteConnection)database.Open();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        foreach (var table in tables)
        {
            await using var insert = new SqliteCommand(
                $"INSERT INTO \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"$p{i}"))})",
                connection,
                transaction);
            var parameters = table.Columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter { ParameterName = $"$p{i}" })).ToList();
            insert.Prepare();
            foreach (var row in table.Rows)
            {
                for (var i = 0; i < row.Length; i++)
                {
                    parameters[i].Value = row[i] ?? DBNull.Value;
                }

                await insert.ExecuteNonQueryAsync();
            }
        }

        // No ANALYZE: the site never runs it on SQLite, so the query planner works without statistics as in production.
        await transaction.CommitAsync();
    }

    private static async Task CopyAsync(BenchmarkDatabase database, List<Table> tables)
    {
        await using var connection = (NpgsqlConnection)database.Open();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var table in tables)
        {
            await using var copy = await connection.BeginBinaryImportAsync(
                $"COPY \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)");
            foreach (var row in table.Rows)
            {
                await copy.StartRowAsync();
                for (var i = 0; i < row.Length; i++)
                {
                    // Npgsql writes timestamptz from UTC only.
                    var value = row[i] is DateTimeOffset time ? time.UtcDateTime : row[i];
                    await copy.WriteAsync(value ?? DBNull.Value, table.Columns[i].Type);
                }
            }

            await copy.CompleteAsync();
        }

        // The attempts were written with their ids: the identity goes on after them.
        await using (var identity = new NpgsqlCommand("SELECT setval(pg_get_serial_sequence('\"QuizAttempts\"', 'Id'), (SELECT COALESCE(MAX(\"Id\"), 0) + 1 FROM \"QuizAttempts\"), false)", connection, transaction))
        {
            await identity.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();

        // What autovacuum would do within a minute of such a load in production.
        await using var analyze = new NpgsqlCommand("ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    private sealed record Table(string Name, IReadOnlyList<(string Name, NpgsqlDbType Type)> Columns, IEnumerable<object?[]> Rows);
}
