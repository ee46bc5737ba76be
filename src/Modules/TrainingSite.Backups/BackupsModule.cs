using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Backups.CommandLine;
using TrainingSite.Backups.Copies;
using TrainingSite.Backups.Scheduling;
using TrainingSite.Backups.Services;
using TrainingSite.Data.Configuration;

namespace TrainingSite.Backups;

/// <summary>Backups: the <c>backup</c> and <c>restore</c> verbs on both providers, and scheduled SQLite backups.</summary>
public sealed class BackupsModule : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<PostgresTools>();
        services.AddScoped<IDatabaseCopy>(provider => provider.GetRequiredService<DatabaseOptions>().Provider == DatabaseProvider.Postgres
            ? ActivatorUtilities.CreateInstance<PostgresDatabaseCopy>(provider)
            : ActivatorUtilities.CreateInstance<SqliteDatabaseCopy>(provider));
        services.AddScoped<BackupWriter>();
        services.AddScoped<BackupRestorer>();
        services.AddHostedService<ScheduledBackups>();

        services.AddCommandLineVerb<BackupVerb>();
        services.AddCommandLineVerb<RestoreVerb>();
    }
}
