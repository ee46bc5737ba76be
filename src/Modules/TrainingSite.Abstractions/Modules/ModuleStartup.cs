using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace TrainingSite.Abstractions.Modules;

/// <summary>
/// The one entry point of a module, in the spirit of Orchard Core's Startup: it registers everything
/// the capability brings (services, permissions, entity configurations, recipe steps, navigation,
/// command-line verbs) and maps its endpoints. Razor Pages are found through the module's assembly.
/// </summary>
public abstract class ModuleStartup
{
    /// <summary>A short, stable name used in logs and the health report.</summary>
    public virtual string Name => GetType().Name.Replace("Module", string.Empty, StringComparison.Ordinal);

    public abstract void ConfigureServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Adds middleware; called after authentication and localization, before endpoints.</summary>
    public virtual void Configure(IApplicationBuilder app)
    {
    }

    /// <summary>Maps minimal-API endpoints. Razor Pages need no mapping: the host maps them all.</summary>
    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
