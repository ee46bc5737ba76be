using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data;
using TrainingSite.ServiceDirectory.Models;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.ServiceDirectory;

/// <summary>
/// Two authors saving the same point at once: the other one's draft reaches the database between this save's read
/// and its write (a real row, so the real unique index refuses this one). This author gets the 409 page, not a 500,
/// and the other's draft is all that was written.
/// </summary>
public abstract class ConcurrentSaveTests(ConcurrentSaveTests.RivalSite site)
{
    [Fact]
    public async Task Save_ShouldAnswer409AndWriteNothing_WhenAnotherAuthorSavedTheSameDraftAMomentBefore()
    {
        var id = ServicePointSeed.NewId("zz-race");
        await ServicePointSeed.ImportAsync(site, ServicePointSeed.Point(id, "espoo"));
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        var (_, editor) = await admin.GetPageAsync($"/authoring/directory/{id}");

        site.Rival.ArmFor(id);
        var (response, page) = await admin.PostAsync($"/authoring/directory/{id}?handler=Save", EditorForm.Values(editor, new Dictionary<string, string> { ["Input.Phone"] = "+358 9 123 4567" }));
        var versions = await ServicePointSeed.VersionsAsync(site, id);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Toimintoa ei voi tehdä nyt", page.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, versions.Count);
        Assert.Equal(RivalWriter.Author, versions[1].AuthorName);
        Assert.Equal(RivalWriter.Phone, versions[1].Phone);
        Assert.DoesNotContain(versions, v => v.Phone == "+358 9 123 4567");
    }

    /// <summary>Before the armed point's next draft is saved, saves another author's draft of the same number from its own scope.</summary>
    public sealed class RivalWriter(IServiceScopeFactory scopes) : SaveChangesInterceptor
    {
        public const string Author = "Toinen kirjoittaja";

        public const string Phone = "+358 20 000 000";

        private string? _armedFor;

        public void ArmFor(string pointId) => _armedFor = pointId;

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var added = eventData.Context?.ChangeTracker.Entries<ServicePointVersion>()
                .FirstOrDefault(e => e.State == EntityState.Added && e.Entity.PointId == _armedFor);
            if (added is not null && Interlocked.Exchange(ref _armedFor, null) is { } pointId)
            {
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
                var rival = ServicePointVersion.CopyOf(pointId, added.Entity);
                (rival.Number, rival.AuthorName, rival.CreatedAt, rival.UpdatedAt) = (added.Entity.Number, Author, added.Entity.CreatedAt, added.Entity.UpdatedAt);
                rival.Phone = Phone;
                db.Add(rival);
                await db.SaveChangesAsync(cancellationToken);
            }

            return result;
        }
    }

    /// <summary>A site whose database writes pass the <see cref="RivalWriter"/>.</summary>
    public abstract class RivalSite : SiteFactory
    {
        public RivalWriter Rival => Services.GetRequiredService<RivalWriter>();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<RivalWriter>();
                services.ConfigureDbContext<TrainingDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<RivalWriter>()));
            });
        }
    }
}

public sealed class SqliteRivalSite : ConcurrentSaveTests.RivalSite
{
    public override TrainingSite.Data.Configuration.DatabaseProvider Provider => TrainingSite.Data.Configuration.DatabaseProvider.Sqlite;
}

public sealed class PostgresRivalSite : ConcurrentSaveTests.RivalSite
{
    public override TrainingSite.Data.Configuration.DatabaseProvider Provider => TrainingSite.Data.Configuration.DatabaseProvider.Postgres;
}

public sealed class ConcurrentSaveTestsOnSqlite(SqliteRivalSite site) : ConcurrentSaveTests(site), IClassFixture<SqliteRivalSite>;

public sealed class ConcurrentSaveTestsOnPostgres(PostgresRivalSite site) : ConcurrentSaveTests(site), IClassFixture<PostgresRivalSite>;
