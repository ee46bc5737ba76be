using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Certificates.Services;
using TrainingSite.Data.Configuration;
using TrainingSite.FunctionalTests.Certificates;
using TrainingSite.FunctionalTests.Guidance;
using TrainingSite.FunctionalTests.Site;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Backups;

/// <summary>
/// <c>backup</c> and <c>restore</c>, run as real processes: a site with learners, progress, attempts, certificates, a
/// revocation and guidance is backed up while requests write, restored into an empty database, and is all there.
/// </summary>
public abstract class BackupRestoreTests(CertificateSite site) : IDisposable
{
    private static readonly string[] Queries = ["asumistukea", "hakeminen", "ohjaus", "selkokieli"];

    protected string Folder { get; } = Directory.CreateTempSubdirectory("ts-backup-").FullName;

    protected CertificateSite Site => site;

    [Fact]
    public async Task BackupWhileRequestsRun_ShouldRestoreEveryRow_AndCertificatesAndSearch_OnAnEmptyDatabase()
    {
        var (holder, valid, _) = await CertificateSteps.HolderAsync(site);
        var (other, revoked, _) = await CertificateSteps.HolderAsync(site, "helsinki");
        holder.Dispose();
        other.Dispose();
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        var (revocation, _) = await admin.SubmitFormAsync($"/admin/certificates/{revoked.Id}", new Dictionary<string, string> { ["Reason"] = "Kirjattu virheellisesti" }, "main form[method=post]");
        Assert.Equal(HttpStatusCode.Redirect, revocation.StatusCode);
        using var visitor = site.CreateSiteClient();
        var searchesBefore = await SearchAsync(visitor.Http);
        var load = await BackupLoad.PrepareAsync(site, learnerCount: 3);
        var file = Path.Combine(Folder, "site.zip");
        var before = await DatabaseSnapshot.TakeAsync(site.Database);

        using var stop = new CancellationTokenSource();
        var running = Task.Run(() => load.RunAsync(stop.Token));
        await load.Started.WaitAsync(TimeSpan.FromMinutes(1));
        var backup = await SiteCommand.RunAsync(site.Database, "backup", file);
        await stop.CancelAsync();
        var rounds = await running;
        var after = await DatabaseSnapshot.TakeAsync(site.Database);
        await using var restored = await TestDatabase.CreateAsync(site.Provider);
        var restore = await SiteCommand.RunAsync(restored, "restore", file);
        var copy = await DatabaseSnapshot.TakeAsync(restored);

        Assert.True(backup.ExitCode == 0, backup.Error);
        Assert.Contains("Backup written", backup.Output, StringComparison.Ordinal);
        Assert.True(restore.ExitCode == 0, restore.Error);
        Assert.True(rounds > 1, "the requests must go on while the backup is taken");
        AssertConsistentCopy(before, after, copy);
        var manifest = await ManifestAsync(file);
        Assert.Equal(site.Provider.ToString(), manifest["provider"]!.GetValue<string>());
        Assert.Equal(Assert.Single(Applied(copy, last: true)), manifest["schemaVersion"]!.GetValue<string>());

        await using var restoredSite = new SiteOnDatabase(restored);
        using var employer = restoredSite.CreateSiteClient();
        var (validPage, validDocument) = await employer.GetPageAsync($"/certificates/verify/{VerificationCode.Format(valid.Code)}", "en");
        var (_, revokedDocument) = await employer.GetPageAsync($"/certificates/verify/{VerificationCode.Format(revoked.Code)}", "en");
        Assert.Equal(HttpStatusCode.OK, validPage.StatusCode);
        Assert.Contains("The certificate is valid", validDocument.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(valid.HolderName, validDocument.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The certificate has been revoked", revokedDocument.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(searchesBefore, await SearchAsync(employer.Http));
    }

    [Fact]
    public async Task Restore_ShouldRefuseANonEmptyDatabase_UntilForced_AndBackupsItCannotTake()
    {
        await site.CreateUserAsync($"kept-{Guid.NewGuid():N}@example.fi", [Roles.Learner]);
        var file = Path.Combine(Folder, "site.zip");
        Assert.Equal(0, (await SiteCommand.RunAsync(site.Database, "backup", file)).ExitCode);
        var otherProvider = await RewriteManifestAsync(file, "other.zip", "provider", site.Provider == DatabaseProvider.Sqlite ? "Postgres" : "Sqlite");
        var newer = await RewriteManifestAsync(file, "newer.zip", "schemaVersion", "999912312359_from_newer_code");
        var notABackup = Path.Combine(Folder, "notes.zip");
        await File.WriteAllTextAsync(notABackup, "not a zip");
        await using var target = await TestDatabase.CreateAsync(site.Provider);

        var first = await SiteCommand.RunAsync(target, "restore", file);
        var users = (await DatabaseSnapshot.TakeAsync(target)).Tables["AspNetUsers"].Hash;
        var again = await SiteCommand.RunAsync(target, "restore", file);
        var forced = await SiteCommand.RunAsync(target, "restore", file, "--force");
        var wrongProvider = await SiteCommand.RunAsync(target, "restore", otherProvider, "--force");
        var fromNewerCode = await SiteCommand.RunAsync(target, "restore", newer, "--force");
        var garbage = await SiteCommand.RunAsync(target, "restore", notABackup, "--force");
        var existing = await SiteCommand.RunAsync(site.Database, "backup", file);
        var finnish = await SiteCommand.RunAsync(target, new Dictionary<string, string> { ["LANG"] = "fi_FI.UTF-8" }, "restore", file);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("The database is not empty", again.Error, StringComparison.Ordinal);
        Assert.Contains("--force", again.Error, StringComparison.Ordinal);
        Assert.True(forced.ExitCode == 0, forced.Error);
        Assert.Equal(users, (await DatabaseSnapshot.TakeAsync(target)).Tables["AspNetUsers"].Hash);
        Assert.Equal(1, wrongProvider.ExitCode);
        Assert.Contains($"This is a backup of a {(site.Provider == DatabaseProvider.Sqlite ? "Postgres" : "Sqlite")} database", wrongProvider.Error, StringComparison.Ordinal);
        Assert.Equal(1, fromNewerCode.ExitCode);
        Assert.Contains("made by newer code", fromNewerCode.Error, StringComparison.Ordinal);
        Assert.Equal(1, garbage.ExitCode);
        Assert.Contains("is not a TrainingSite backup", garbage.Error, StringComparison.Ordinal);
        Assert.Equal(1, existing.ExitCode);
        Assert.Contains("already exists", existing.Error, StringComparison.Ordinal);
        Assert.Equal(1, finnish.ExitCode);
        Assert.Contains("Tietokanta ei ole tyhjä", finnish.Error, StringComparison.Ordinal);
        Assert.Equal(users, (await DatabaseSnapshot.TakeAsync(target)).Tables["AspNetUsers"].Hash);
    }

    [Fact]
    public async Task Restore_ShouldMigrateForward_ABackupMadeByOlderCode()
    {
        await using var older = await TestDatabase.CreateAsync(site.Provider);
        var scripts = await OlderSchema.ApplyAllButLastAsync(site, older);
        var file = Path.Combine(Folder, "older.zip");
        await using var target = await TestDatabase.CreateAsync(site.Provider);

        var backup = await SiteCommand.RunAsync(older, "backup", file);
        var restore = await SiteCommand.RunAsync(target, "restore", file);
        var copy = await DatabaseSnapshot.TakeAsync(target);

        Assert.True(backup.ExitCode == 0, backup.Error);
        Assert.Equal(scripts[^2], (await ManifestAsync(file))["schemaVersion"]!.GetValue<string>());
        Assert.Equal(scripts.Count - 1, (await DatabaseSnapshot.TakeAsync(older)).Tables["__SchemaMigrations"].Count);
        Assert.True(restore.ExitCode == 0, restore.Error);
        Assert.Contains($"migrated forward to schema version {scripts[^1]}", restore.Output, StringComparison.Ordinal);
        Assert.Equal(scripts.Order(StringComparer.Ordinal), Applied(copy, last: false));
    }

    [Fact]
    public async Task Restore_ShouldMakeANodeWithAnIndex_RebuildItFromTheRestoredData()
    {
        var file = Path.Combine(Folder, "site.zip");
        Assert.Equal(0, (await SiteCommand.RunAsync(site.Database, "backup", file)).ExitCode);
        await using var target = await TestDatabase.CreateAsync(site.Provider);
        Assert.Equal(0, (await SiteCommand.RunAsync(target, "restore", file)).ExitCode);
        var index = Path.Combine(Folder, "index");
        await using (var first = new SiteOnDatabase(target) { IndexFolder = index })
        {
            _ = first.Services; // builds the node's index at start-up
        }

        var forced = await SiteCommand.RunAsync(target, "restore", file, "--force");
        await using var node = new SiteOnDatabase(target) { IndexFolder = index };
        using var visitor = node.CreateSiteClient();
        using var sourceVisitor = site.CreateSiteClient();
        var rebuilt = await SearchPolling.UntilAsync(
            () => Task.FromResult(node.Logs.Text.Contains("Rebuilt the guidance search index", StringComparison.Ordinal)), TimeSpan.FromSeconds(60));

        Assert.True(forced.ExitCode == 0, forced.Error);
        Assert.Contains("search reindex was requested", node.Logs.Text, StringComparison.Ordinal);
        Assert.NotNull(rebuilt);
        Assert.Equal(await SearchAsync(sourceVisitor.Http), await SearchAsync(visitor.Http));
    }

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// The copy is the database at one moment during the backup: a table nobody wrote meanwhile is identical; a
    /// table written meanwhile has between the rows it had before and after, and every account made before is there.
    /// </summary>
    private static void AssertConsistentCopy(DatabaseSnapshot before, DatabaseSnapshot after, DatabaseSnapshot copy)
    {
        Assert.Equal(after.Tables.Keys.Order(StringComparer.Ordinal), copy.Tables.Keys.Order(StringComparer.Ordinal));
        var written = 0;
        foreach (var (name, then) in before.Tables)
        {
            var now = after.Tables[name];
            var restored = copy.Tables[name];
            if (name == "GuidanceSearchState")
            {
                continue; // the restore writes a new rebuild request here (checked by the search test below)
            }

            if (then.Hash == now.Hash)
            {
                Assert.True(then.Hash == restored.Hash, $"{name}: the restored rows differ from the source's");
                continue;
            }

            written++;
            Assert.InRange(restored.Count, Math.Min(then.Count, now.Count), Math.Max(then.Count, now.Count));
        }

        var users = copy.Tables["AspNetUsers"].Keys;
        Assert.Subset(users.ToHashSet(), before.Tables["AspNetUsers"].Keys.ToHashSet());
        Assert.Subset(after.Tables["AspNetUsers"].Keys.ToHashSet(), users.ToHashSet());
        Assert.True(written > 0, "the requests during the backup wrote nothing");
    }

    private static List<string> Applied(DatabaseSnapshot snapshot, bool last)
    {
        var ids = snapshot.Tables["__SchemaMigrations"].Keys.Order(StringComparer.Ordinal).ToList();
        return last ? [ids[^1]] : ids;
    }

    private static async Task<List<string>> SearchAsync(HttpClient client)
    {
        var results = new List<string>();
        foreach (var query in Queries)
        {
            var ids = GuidanceApi.Ids(await GuidanceApi.SearchAsync(client, query));
            results.Add($"{query}: {string.Join(", ", ids)}");
        }

        Assert.Contains(results, r => !r.EndsWith(": ", StringComparison.Ordinal));
        return results;
    }

    private static async Task<JsonObject> ManifestAsync(string file)
    {
        await using var zip = await ZipFile.OpenReadAsync(file);
        await using var stream = await zip.GetEntry("manifest.json")!.OpenAsync();
        return (JsonNode.Parse(stream) as JsonObject)!;
    }

    private async Task<string> RewriteManifestAsync(string file, string name, string property, string value)
    {
        var copy = Path.Combine(Folder, name);
        File.Copy(file, copy);
        await using var zip = await ZipFile.OpenAsync(copy, ZipArchiveMode.Update);
        var entry = zip.GetEntry("manifest.json")!;
        JsonObject manifest;
        await using (var read = await entry.OpenAsync())
        {
            manifest = (JsonNode.Parse(read) as JsonObject)!;
        }

        entry.Delete();
        manifest[property] = value;
        await using var write = await zip.CreateEntry("manifest.json").OpenAsync();
        await JsonSerializer.SerializeAsync(write, manifest);
        return copy;
    }
}

public sealed class BackupRestoreTestsOnSqlite(SqliteCertificateSite site) : BackupRestoreTests(site), IClassFixture<SqliteCertificateSite>
{
    [Fact]
    public async Task Restore_ShouldRefuseACopyThatFailsTheIntegrityCheck_AndLeaveTheDatabaseEmpty()
    {
        var file = Path.Combine(Folder, "site.zip");
        Assert.Equal(0, (await SiteCommand.RunAsync(Site.Database, "backup", file)).ExitCode);
        await using (var zip = await ZipFile.OpenAsync(file, ZipArchiveMode.Update))
        {
            await using var database = await zip.GetEntry("database.sqlite")!.OpenAsync();
            var bytes = new byte[database.Length];
            await database.ReadExactlyAsync(bytes);
            Array.Fill(bytes, (byte)0xA5, 4096 * 3, 4096 * 4); // four pages of the tables' b-trees overwritten
            database.SetLength(0);
            await database.WriteAsync(bytes);
        }

        await using var target = TestDatabase.CreateSqlite();

        var restore = await SiteCommand.RunAsync(target, "restore", file);

        Assert.Equal(1, restore.ExitCode);
        Assert.Contains("failed SQLite's integrity check", restore.Error, StringComparison.Ordinal);
        Assert.Empty((await DatabaseSnapshot.TakeAsync(target)).Tables);
    }
}

public sealed class BackupRestoreTestsOnPostgres(PostgresCertificateSite site) : BackupRestoreTests(site), IClassFixture<PostgresCertificateSite>
{
    [Fact]
    public async Task Backup_ShouldSayWhatToInstall_WhenPgDumpIsNotOnThePath()
    {
        var file = Path.Combine(Folder, "no-tools.zip");

        var result = await SiteCommand.RunAsync(Site.Database, new Dictionary<string, string> { ["PATH"] = Folder }, "backup", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("pg_dump was not found on the PATH", result.Error, StringComparison.Ordinal);
        Assert.Contains("postgresql-client", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Folder));
    }
}
