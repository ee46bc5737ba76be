using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using TrainingSite.Data.Configuration;

namespace TrainingSite.Infrastructure;

/// <summary>
/// Two people saving the same item at the same moment both number a new version (or take an id) from what they
/// read; the database's unique index lets the first win and refuses the second, whose save wrote nothing. That person
/// gets 409 (the error page: the item has changed, go back and refresh) rather than a 500, on every page.
/// </summary>
public sealed class ConcurrentWriteFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var executed = await next();
        if (executed.Exception is { } exception && !executed.ExceptionHandled && DatabaseErrors.IsUniqueViolation(exception))
        {
            executed.ExceptionHandled = true;
            executed.Result = new StatusCodeResult(StatusCodes.Status409Conflict);
        }
    }
}
