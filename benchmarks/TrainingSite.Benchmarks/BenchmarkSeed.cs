using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;

namespace TrainingSite.Benchmarks;

/// <summary>
/// Seeding shared by the scenarios: the schema and content through the site's own verbs (migrate, recipe
/// import), learners straight into the tables because 2,000 sign-ups through the site would take minutes.
/// </summary>
public static class BenchmarkSeed
{
    /// <summary>Every seeded learner's password; the hash is computed once and shared.</summary>
    public const string Password = "Bench-mark-2026!";

    public static string LearnerEmail(int number) => $"learner-{number:0000}@example.fi";

    /// <summary>Migrates, imports the regions recipe the site ships with, then the scenario's own recipe.</summary>
    public static async Task ImportAsync(BenchmarkDatabase database, JsonObject recipe)
    {
        await SiteProcess.RunVerbAsync(database, "migrate");
        var recipeFile = Path.Combine(database.Folder, "bench.recipe.json");
        await File.WriteAllTextAsync(recipeFile, recipe.ToJsonString());
        await SiteProcess.RunVerbAsync(database, "recipe", "import", Path.Combine(AppContext.BaseDirectory, "content-recipes", "00-regions.recipe.json"));
        await SiteProcess.RunVerbAsync(database, "recipe", "import", recipeFile);
    }

    /// <summary>A recipe of one <c>courses</c> step.</summary>
    public static JsonObject CoursesRecipe(JsonArray courses) =>
        new() { ["name"] = "bench", ["steps"] = new JsonArray(new JsonObject { ["step"] = "courses", ["courses"] = courses }) };

    public static JsonObject Localized(Func<string, string> text) => new() { ["fi"] = text("fi"), ["sv"] = text("sv"), ["en"] = text("en") };

    /// <summary>
    /// Learners 1..<paramref name="count"/> (<see cref="LearnerEmail"/>, <see cref="Password"/>) in one
    /// transaction; <paramref name="more"/> adds a scenario's rows for each (user id, number).
    /// </summary>
    public static async Task InsertLearnersAsync(BenchmarkDatabase database, int count, Func<SeedCommands, string, int, Task>? more = null)
    {
        var hash = new PasswordHasher<object>().HashPassword(new object(), Password);
        await using var connection = database.Open();
        await using var transaction = await connection.BeginTransactionAsync();
        var sql = new SeedCommands(connection, transaction);
        var learnerRole = await sql.ScalarAsync("SELECT \"Id\" FROM \"AspNetRoles\" WHERE \"Name\" = 'Learner'");
        var now = DateTimeOffset.UtcNow;
        for (var i = 1; i <= count; i++)
        {
            var id = Guid.NewGuid().ToString();
            var email = LearnerEmail(i);
            await sql.ExecuteAsync(
                "INSERT INTO \"AspNetUsers\" (\"Id\", \"DisplayName\", \"HomeRegionId\", \"PreferredLanguage\", \"CreatedAt\", \"UserName\", \"NormalizedUserName\", \"Email\", \"NormalizedEmail\", \"EmailConfirmed\", \"PasswordHash\", \"SecurityStamp\", \"ConcurrencyStamp\", \"PhoneNumberConfirmed\", \"TwoFactorEnabled\", \"LockoutEnabled\", \"AccessFailedCount\") " +
                "VALUES (@id, @name, 'espoo', 'fi', @now, @email, @upper, @email, @upper, TRUE, @hash, @stamp, @stamp, FALSE, FALSE, TRUE, 0)",
                ("@id", id), ("@name", $"Learner {i}"), ("@now", now), ("@email", email), ("@upper", email.ToUpperInvariant()), ("@hash", hash), ("@stamp", Guid.NewGuid().ToString("N")));
            await sql.ExecuteAsync("INSERT INTO \"AspNetUserRoles\" (\"UserId\", \"RoleId\") VALUES (@id, @role)", ("@id", id), ("@role", learnerRole));
            if (more is not null)
            {
                await more(sql, id, i);
            }
        }

        await transaction.CommitAsync();
    }
}
