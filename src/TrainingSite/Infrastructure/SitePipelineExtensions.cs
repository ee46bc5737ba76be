using TrainingSite.Abstractions.Modules;
using TrainingSite.Infrastructure.Errors;
using TrainingSite.Infrastructure.Observability;

namespace TrainingSite.Infrastructure;

public static class SitePipelineExtensions
{
    /// <summary>The request pipeline: errors, headers, static files, identity, language, the modules' middleware.</summary>
    public static WebApplication UseTrainingSite(this WebApplication app, IReadOnlyList<ModuleStartup> modules)
    {
        app.UseTrustedProxies();
        app.UseSiteExceptionHandling();
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMetricsAccess();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseRequestLocalization();
        app.UseRateLimiter();
        foreach (var module in modules)
        {
            module.Configure(app);
        }

        app.UseAuthorization();
        app.UseRequestInputGuard();
        app.UseAntiforgery();
        app.UseAntiforgeryFailures();
        return app;
    }

    public static WebApplication MapTrainingSite(this WebApplication app, IReadOnlyList<ModuleStartup> modules)
    {
        app.MapRazorPages();
        app.MapSiteObservability();
        foreach (var module in modules)
        {
            module.MapEndpoints(app);
        }

        return app;
    }
}
