using Microsoft.AspNetCore.Diagnostics;

namespace TrainingSite.Infrastructure.Errors;

public static class SiteErrorHandlingExtensions
{
    public static IServiceCollection AddSiteErrorHandling(this IServiceCollection services)
    {
        services.AddExceptionHandler<DatabaseOutageHandler>();
        return services;
    }

    /// <summary>
    /// Exceptions become status pages: an outage 503 (written by <see cref="DatabaseOutageHandler"/>), a bad request
    /// 400, the rest 500 (the error page re-executed). Only 500s are logged with their stack trace.
    /// </summary>
    public static WebApplication UseSiteExceptionHandling(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error/500",
            StatusCodeSelector = ExceptionStatus.For,
            SuppressDiagnosticsCallback = context =>
                context.ExceptionHandledBy == ExceptionHandledType.ExceptionHandlerService || ExceptionStatus.IsExpected(context.Exception),
        });
        return app;
    }

    /// <summary>Right after UseAntiforgery: a failed check is a 400, not an exception in the endpoint.</summary>
    public static WebApplication UseAntiforgeryFailures(this WebApplication app)
    {
        app.UseMiddleware<AntiforgeryFailures>();
        return app;
    }

    /// <summary>
    /// After routing (route values known), localization (messages in the user's language) and authorization (no
    /// body is read for a request that will be refused anyway), before anything else reads the input.
    /// </summary>
    public static WebApplication UseRequestInputGuard(this WebApplication app)
    {
        app.UseMiddleware<RequestInputGuard>();
        return app;
    }
}
