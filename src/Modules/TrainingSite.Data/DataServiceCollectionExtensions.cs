using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Npgsql;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Data.Availability;
using TrainingSite.Data.Configuration;
using TrainingSite.Data.Migrations;

namespace TrainingSite.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "TrainingSite";

    /// <summary>
    /// Registers the context on the configured provider (<c>Database:Provider</c>: Sqlite or Postgres) with
    /// <c>ConnectionStrings:TrainingSite</c>, or for SQLite the file App_Data/trainingsite.db under the content root.
    /// </summary>
    public static IServiceCollection AddTrainingData(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = ReadOptions(configuration, contentRoot);
        services.AddSingleton(options);
        services.AddSingleton(new MigrationSource(typeof(TrainingDbContext).Assembly));
        services.AddScoped<SchemaMigrator>();
        services.AddScoped<DatabaseHealth>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DatabaseAvailability>();
        services.AddSingleton<DatabaseAvailabilityInterceptor>();
        services.AddDbContext<TrainingDbContext>((provider, builder) =>
        {
            Configure(builder, options);
            builder.AddInterceptors(provider.GetRequiredService<DatabaseAvailabilityInterceptor>())
                // EF logs each failed connection, command, query and save at Error with its stack trace. What becomes a
                // 500 is logged by the exception handler, an outage once by DatabaseAvailability, and a failure the code
                // handles (a unique-index race) is no error: so these go to Debug, not once per request.
                .ConfigureWarnings(warnings => warnings.Log(
                    (RelationalEventId.ConnectionError, LogLevel.Debug),
                    (RelationalEventId.CommandError, LogLevel.Debug),
                    (CoreEventId.QueryIterationFailed, LogLevel.Debug),
                    (CoreEventId.SaveChangesFailed, LogLevel.Debug)));
        });
        return services;
    }

    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        if (options.Provider == DatabaseProvider.Postgres)
        {
            builder.UseNpgsql(options.ConnectionString);
        }
        else
        {
            builder.UseSqlite(options.ConnectionString).AddInterceptors(new SqlitePragmaInterceptor());
        }
    }

    public static DatabaseOptions ReadOptions(IConfiguration configuration, string contentRoot)
    {
        var section = configuration.GetSection(DatabaseOptions.Section);
        var providerText = section["Provider"];
        var provider = providerText?.Trim().ToUpperInvariant() switch
        {
            null or "" or "SQLITE" => DatabaseProvider.Sqlite,
            "POSTGRES" or "POSTGRESQL" or "NPGSQL" => DatabaseProvider.Postgres,
            _ => throw new DatabaseConfigurationException(
                $"Database:Provider '{providerText}' is not supported. Use 'Sqlite' (default) or 'Postgres'."),
        };
        var migrate = section.GetValue("MigrateOnStartup", defaultValue: true);
        var configured = configuration.GetConnectionString(ConnectionStringName);
        var connectionString = provider == DatabaseProvider.Postgres
            ? PostgresConnectionString(configured)
            : SqliteConnectionString(configured, contentRoot);
        return new DatabaseOptions { Provider = provider, MigrateOnStartup = migrate, ConnectionString = connectionString };
    }

    private static string PostgresConnectionString(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new DatabaseConfigurationException(
                "Database:Provider is Postgres but ConnectionStrings:TrainingSite is empty. " +
                "Set it, for example: Host=127.0.0.1;Port=5432;Database=trainingsite;Username=trainingsite;Password=...");
        }

        try
        {
            return new NpgsqlConnectionStringBuilder(configured).ConnectionString;
        }
        catch (ArgumentException exception)
        {
            throw new DatabaseConfigurationException($"ConnectionStrings:TrainingSite is not a valid PostgreSQL connection string: {exception.Message}", exception);
        }
    }

    private static string SqliteConnectionString(string? configured, string contentRoot)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = string.IsNullOrWhiteSpace(configured)
                ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(contentRoot, "App_Data", "trainingsite.db") }
                : new SqliteConnectionStringBuilder(configured);
        }
        catch (ArgumentException exception)
        {
            throw new DatabaseConfigurationException($"ConnectionStrings:TrainingSite is not a valid SQLite connection string: {exception.Message}", exception);
        }

        builder.ForeignKeys = true;
        builder.Pooling = true;
        builder.DefaultTimeout = 30;
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var path = Path.GetFullPath(builder.DataSource, contentRoot);
            var folder = Path.GetDirectoryName(path)!;
            if (string.IsNullOrWhiteSpace(configured))
            {
                Directory.CreateDirectory(folder);
            }
            else if (!Directory.Exists(folder))
            {
                throw new DatabaseConfigurationException(
                    $"The folder of the SQLite database '{path}' does not exist. Create it, or change ConnectionStrings:TrainingSite.");
            }

            if (builder.Mode == SqliteOpenMode.ReadWrite && !File.Exists(path))
            {
                throw new DatabaseConfigurationException(
                    $"The SQLite database file '{path}' does not exist and Mode=ReadWrite does not create it. " +
                    "Remove Mode=ReadWrite to create it, or restore the file.");
            }

            builder.DataSource = path;
        }

        return builder.ConnectionString;
    }
}
