using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Data;
using TrainingSite.ServiceDirectory.Models;
using TrainingSite.ServiceDirectory.Search;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.ServiceDirectory;

/// <summary>The site builds its directory snapshot while starting, from the shipped points, before anyone searches.</summary>
public abstract class DirectoryWarmUpTests(SiteFactory site)
{
    [Fact]
    public async Task Start_ShouldBuildTheSnapshotOfThePublishedPoints_BeforeTheFirstSearch()
    {
        var snapshot = site.Services.GetRequiredService<DirectorySnapshots>().Current;
        var published = await site.WithServiceAsync(services =>
            services.GetRequiredService<TrainingDbContext>().Set<ServicePointVersion>().CountAsync(v => v.IsPublished));

        Assert.NotNull(snapshot);
        Assert.True(published >= 25, $"the shipped points were not applied: {published}");
        Assert.Equal(published, snapshot.Entries.Count);
    }
}

public sealed class DirectoryWarmUpTestsOnSqlite(SqliteSiteFactory site) : DirectoryWarmUpTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class DirectoryWarmUpTestsOnPostgres(PostgresSiteFactory site) : DirectoryWarmUpTests(site), IClassFixture<PostgresSiteFactory>;
