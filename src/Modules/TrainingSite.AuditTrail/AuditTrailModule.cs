using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Modules;
using TrainingSite.AuditTrail.Data;
using TrainingSite.AuditTrail.Services;

namespace TrainingSite.AuditTrail;

/// <summary>AuditTrail: the append-only record of who published, deleted, revoked or changed a role, and its pages.</summary>
public sealed class AuditTrailModule : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AuditOptions>(configuration.GetSection(AuditOptions.Section));
        services.AddHttpContextAccessor();
        services.AddScoped<IAuditTrail, AuditTrailWriter>();

        services.AddEntityConfigurations<AuditTrailDataModel>();
        services.AddMigrations<AuditTrailModule>();
        services.AddPermissions<AuditTrailPermissions>();
        services.AddNavigation<AuditTrailNavigation>();
    }
}
