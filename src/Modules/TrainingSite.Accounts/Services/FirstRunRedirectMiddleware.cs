using Microsoft.AspNetCore.Http;

namespace TrainingSite.Accounts.Services;

/// <summary>
/// While the site has no administrator, its front page leads to the setup page (as Orchard's does).
/// Other pages keep working so that the catalogue and public guidance are reachable from the first minute.
/// </summary>
public sealed class FirstRunRedirectMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, AdministratorSetup setup)
    {
        if (HttpMethods.IsGet(context.Request.Method)
            && context.Request.Path == "/"
            && !await setup.HasAdministratorAsync(context.RequestAborted))
        {
            context.Response.Redirect("/setup");
            return;
        }

        await next(context);
    }
}
