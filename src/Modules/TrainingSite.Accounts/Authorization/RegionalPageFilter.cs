using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Accounts.Authorization;

/// <summary>
/// For every page that implements <see cref="IRegionalPage"/>: after model binding and before any handler, loads the
/// item and authorizes the handler's operation on it (404 when it does not exist, 403 when not allowed; a signed-out
/// user is asked to sign in). Global, so a page or handler added tomorrow cannot skip it; registered through
/// MvcOptions because Razor Pages conventions do not reach the modules' area pages.
/// </summary>
public sealed class RegionalPageFilter : IAsyncPageFilter, IOrderedFilter
{
    /// <summary>After the site's unmatched-handler filter (order 0), so a crafted ?handler= is a 404 before any loading.</summary>
    public int Order => 100;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerInstance is IRegionalPage page)
        {
            var http = context.HttpContext;
            var decision = await RegionalPageDecision.DecideAsync(
                page,
                http.Request.Method,
                context.HandlerMethod?.Name,
                (resource, operation) => http.RequestServices.GetRequiredService<IAuthorizationService>().AuthorizeAsync(http.User, resource, operation),
                http.RequestAborted);
            if (decision != RegionalPageDecision.Outcome.Allowed)
            {
                context.Result = decision switch
                {
                    RegionalPageDecision.Outcome.NotFound => new NotFoundResult(),
                    _ when http.User.Identity?.IsAuthenticated != true => new ChallengeResult(),
                    _ => new ForbidResult(),
                };
                return;
            }
        }

        await next();
    }
}
