using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace TrainingSite.Infrastructure;

/// <summary>
/// A request that names no handler the page has (a crafted <c>?handler=</c>, or a POST to a page without
/// one) is answered 404 or 405 instead of running the page with nothing loaded.
/// </summary>
public sealed class UnmatchedHandlerFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerMethod is null)
        {
            var method = context.HttpContext.Request.Method;
            var hasHandlersForMethod = context.ActionDescriptor.HandlerMethods.Any(h => string.Equals(h.HttpMethod, method, StringComparison.OrdinalIgnoreCase)
                || (HttpMethods.IsHead(method) && string.Equals(h.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase)));
            if (hasHandlersForMethod)
            {
                context.Result = new NotFoundResult();
                return;
            }

            if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
            {
                context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
                return;
            }
        }

        await next();
    }
}
