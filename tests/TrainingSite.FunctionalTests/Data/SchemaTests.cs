using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Data;
using TrainingSite.Data.Configuration;
using TrainingSite.Data.Migrations;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Data;

/// <summary>The hand-written migrations must build exactly the schema the EF model describes, on each provider.</summary>
public abstract class SchemaTests(SiteFactory site)
{
    [Fact]
    public async Task Migrations_ShouldBuildTheSchemaOfTheModel_WhenAppliedToAnEmptyDatabase()
    {
        // Arrange: the site's database was migrated at start-up; a second one is created from the model.
        await using var modelDatabase = await TestDatabase.CreateAsync(site.Provider);
        var options = new DatabaseOptions { Provider = site.Provider, ConnectionString = modelDatabase.ConnectionString };
        var builder = new DbContextOptionsBuilder<TrainingDbContext>();
        DataServiceCollectionExtensions.Configure(builder, options);
        var sources = site.Services.GetServices<IEntityConfigurationSource>();
        await using var fromModel = new TrainingDbContext(builder.Options, sources);
        await fromModel.Database.EnsureCreatedAsync();

        // Act
        var expected = await site.WithServiceAsync(async services =>
        {
            var db = services.GetRequiredService<TrainingDbContext>();
            await db.Database.OpenConnectionAsync();
            return await SchemaDescriber.DescribeAsync(db.Database.GetDbConnection(), site.Provider);
        });
        await fromModel.Database.OpenConnectionAsync();
        var actual = await SchemaDescriber.DescribeAsync(fromModel.Database.GetDbConnection(), site.Provider);

        // Assert
        Assert.NotEmpty(expected);
        Assert.Equal(actual, expected);
    }

    [Fact]
    public async Task Migrator_ShouldApplyNothing_WhenRunAgain()
    {
        var applied = await site.WithServiceAsync(services => services.GetRequiredService<SchemaMigrator>().MigrateAsync());
        var pending = await site.WithServiceAsync(services => services.GetRequiredService<SchemaMigrator>().PendingAsync());

        Assert.Empty(applied);
        Assert.Empty(pending);
    }
}

public sealed class SchemaTestsOnSqlite(SqliteSiteFactory site) : SchemaTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class SchemaTestsOnPostgres(PostgresSiteFactory site) : SchemaTests(site), IClassFixture<PostgresSiteFactory>;
