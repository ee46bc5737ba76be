using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Reports.Services;

namespace TrainingSite.Reports;

/// <summary>Reports: who is onboarded and where learners get stuck, for coordinators (their regions) and administrators.</summary>
public sealed class ReportsModule : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ReportScopes>();
        services.AddScoped<ScopedLearners>();
        services.AddScoped<CourseReports>();

        services.AddMigrations<ReportsModule>();
        services.AddPermissions<ReportsPermissions>();
        services.AddNavigation<ReportsNavigation>();
    }
}
