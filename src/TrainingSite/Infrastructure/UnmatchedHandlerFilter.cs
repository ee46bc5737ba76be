using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace TrainingSite.Infrastructure;

/// <summary>
/// A request that names no handler the page has (a crafted <c>?handler=</c>, or a method the page has no handler
/// for) is answered 404 or 405 instead of running the page with nothing loaded. Error pages re-executed for a
/// failed request run whatever its method was.
/// </summary>
public sealed class UnmatchedHandlerFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        var reExecuted = http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerFeature>() is not null;
        var method = http.Request.Method;
        var namesHandler = !string.IsNullOrEmpty(http.Request.RouteValues["handler"]?.ToString()) || http.Request.Query.ContainsKey("handler");
        var plainRead = !namesHandler && (HttpMethods.IsGet(method) || HttpMethods.IsHead(method));

        // A plain GET of a page without an unnamed OnGet renders the page, as Razor Pages does (/admin/recipes).
        if (context.HandlerMethod is null && !reExecuted && !plainRead)
        {
            var hasHandlersForMethod = context.ActionDescriptor.HandlerMethods.Any(h => string.Equals(h.HttpMethod, method, StringComparison.OrdinalIgnoreCase)
                || (HttpMethods.IsHead(method) && string.Equals(h.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase)));
            if (hasHandlersForMethod)
            {
                context.Result = new NotFoundResult();
                return;
            }

            if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
            {
                http.Response.Headers.Allow = string.Join(", ", PageHttpMethodsConvention.AllowedMethods(context.ActionDescriptor.HandlerMethods.Select(h => h.HttpMethod)));
                context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
                return;
            }
        }

        await next();
    }
}
