using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace TrainingSite.FunctionalTests.Observability;

/// <summary>
/// A test-only failure: <see cref="Path"/> matches no page, so the request passes the whole site pipeline and reaches
/// this middleware behind it, which throws; the site's exception handling then answers as for any bug (500 page, log).
/// </summary>
public sealed class ServerErrorTrigger : IStartupFilter
{
    public const string Path = "/test-only/server-error";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
            context.Request.Path == Path ? throw new InvalidOperationException("A bug, on purpose") : nextMiddleware(context));
    };
}
