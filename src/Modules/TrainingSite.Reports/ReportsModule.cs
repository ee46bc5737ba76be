using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Abstractions.Reporting;
using TrainingSite.Reports.Dashboard;
using TrainingSite.Reports.Data;
using TrainingSite.Reports.SearchLog;
using TrainingSite.Reports.Services;
using TrainingSite.Reports.Services.Facts;
using TrainingSite.Reports.Services.Learners;

namespace TrainingSite.Reports;

/// <summary>Reports: who is onboarded and where learners get stuck, for coordinators (their regions) and administrators.</summary>
public sealed class ReportsModule : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ReportScopes>();
        services.AddScoped<DashboardQuery>();
        services.AddScoped<ILearnerOverview, OverviewQuery>();
        services.AddSingleton<ReportFactsCache>();
        services.AddScoped<ReportFactsSource>();
        services.AddScoped<LearnerQueries>();
        services.AddScoped<LearnerStatuses>();
        services.AddScoped<LearnerFilterReader>();
        services.AddScoped<LearnerDetails>();
        services.AddScoped<LearnerCsv>();
        services.AddScoped<Reminders>();
        services.AddScoped<CourseReports>();
        services.Configure<SearchLogOptions>(configuration.GetSection(SearchLogOptions.Section));
        services.AddScoped<ISearchLog, SearchLogWriter>();
        services.AddScoped<SearchReport>();
        services.AddDailyTask<SearchLogPruning>();

        services.AddEntityConfigurations<ReportsDataModel>();
        services.AddMigrations<ReportsModule>();
        services.AddPermissions<ReportsPermissions>();
        services.AddNavigation<ReportsNavigation>();
    }
}
