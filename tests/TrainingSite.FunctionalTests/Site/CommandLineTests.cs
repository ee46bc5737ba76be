using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using TrainingSite.Data.Configuration;
using TrainingSite.FunctionalTests.Data;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Site;

/// <summary>The command-line verbs, run as a real process against a database of their own.</summary>
public sealed class CommandLineTests
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task MigrateAdminAndRecipeVerbs_ShouldWork_OnAnEmptyDatabase(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var folder = Directory.CreateTempSubdirectory("ts-cli-").FullName;
        var bad = Path.Combine(folder, "bad.recipe.json");
        await File.WriteAllTextAsync(bad, """{ "name": "bad", "steps": [ { "step": "regions", "regions": [ { "id": "Ääni", "name": {} } ] } ] }""");
        var exported = Path.Combine(folder, "export.recipe.json");

        var migrate = await SiteCommand.RunAsync(database, "migrate");
        var admin = await SiteCommand.RunAsync(database, "admin", "create", "--email", "root@example.fi", "--password", SiteFactory.DefaultPassword);
        var duplicate = await SiteCommand.RunAsync(database, "admin", "create", "--email", "root@example.fi", "--password", SiteFactory.DefaultPassword);
        var weak = await SiteCommand.RunAsync(database, "admin", "create", "--email", "weak@example.fi", "--password", "123");
        var validate = await SiteCommand.RunAsync(database, "recipe", "validate", bad);
        var import = await SiteCommand.RunAsync(database, "recipe", "import", Path.Combine(RepositoryPaths.ContentRecipes, "00-regions.recipe.json"));
        var export = await SiteCommand.RunAsync(database, "recipe", "export", exported);

        Assert.Equal(0, migrate.ExitCode);
        Assert.Contains("up to date", migrate.Output, StringComparison.Ordinal);
        Assert.Equal(0, admin.ExitCode);
        Assert.Equal(1, duplicate.ExitCode);
        Assert.Contains("already exists", duplicate.Error, StringComparison.Ordinal);
        Assert.Equal(1, weak.ExitCode);
        Assert.Equal(1, validate.ExitCode);
        Assert.Contains("$.steps[0].regions[0].id", validate.Error, StringComparison.Ordinal);
        Assert.Contains("$.steps[0].regions[0].name", validate.Error, StringComparison.Ordinal);
        Assert.Equal(0, import.ExitCode);
        Assert.Equal(0, export.ExitCode);
        Assert.Contains("\"Karleby\"", await File.ReadAllTextAsync(exported), StringComparison.Ordinal);
        Assert.Equal(["user.created by command line: root <root@example.fi>", "recipe.imported by command line: regions"], await AuditEventsAsync(database));
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>The audit trail as "kind by actor: item" lines: only the admin and the import succeeded, so only they are there.</summary>
    private static async Task<List<string>> AuditEventsAsync(TestDatabase database)
    {
        await using DbConnection connection = database.Provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(database.ConnectionString)
            : new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        return await SqlColumn.ReadAsync(connection, "SELECT \"Kind\" || ' by ' || \"ActorName\" || ': ' || \"ItemTitle\" FROM \"AuditEvents\" ORDER BY \"Id\"");
    }

    [Fact]
    public async Task UnreachablePostgres_ShouldBeExplained_InOneMessage()
    {
        var result = await SiteCommand.RunAsync(
            new Dictionary<string, string> { ["Database__Provider"] = "Postgres", ["ConnectionStrings__TrainingSite"] = "Host=127.0.0.1;Port=1;Database=nowhere;Username=x;Password=y;Timeout=3" },
            "migrate");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Cannot use PostgreSQL at 127.0.0.1:1", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingSqliteFolder_ShouldBeExplained_InOneMessage()
    {
        var result = await SiteCommand.RunAsync(
            new Dictionary<string, string> { ["ConnectionStrings__TrainingSite"] = "Data Source=/no/such/folder/site.db" },
            "migrate");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownVerb_ShouldPrintTheUsage_AndExit2()
    {
        await using var database = TestDatabase.CreateSqlite();

        var result = await SiteCommand.RunAsync(database, "frobnicate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("recipe import <file>", result.Error, StringComparison.Ordinal);
    }
}
