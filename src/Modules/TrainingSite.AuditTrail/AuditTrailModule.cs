using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Modules;
using TrainingSite.AuditTrail.Data;
using TrainingSite.AuditTrail.PersonalData;
using TrainingSite.AuditTrail.Services;

namespace TrainingSite.AuditTrail;

/// <summary>AuditTrail: the append-only record of who published, deleted, revoked or changed a role, and its pages.</summary>
public sealed class AuditTrailModule : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuditOptions>().Bind(configuration.GetSection(AuditOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuditOptions>, AuditOptionsValidator>());
        services.AddHttpContextAccessor();
        services.AddScoped<IAuditTrail, AuditTrailWriter>();
        services.AddScoped<AuditEventQuery>();
        services.AddDailyTask<AuditRetention>();
        services.AddPersonalDataSource<AuditEventsData>();

        services.AddEntityConfigurations<AuditTrailDataModel>();
        services.AddMigrations<AuditTrailModule>();
        services.AddPermissions<AuditTrailPermissions>();
        services.AddNavigation<AuditTrailNavigation>();
    }
}
