using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingSite.Data.Availability;
using TrainingSite.Infrastructure;
using TrainingSite.Infrastructure.Errors;
using TrainingSite.Infrastructure.Observability;

namespace TrainingSite.Pages;

/// <summary>403, 404, 500 and other status pages in the user's language (re-executed by the status code middleware).</summary>
[IgnoreAntiforgeryToken]
[AcceptsEveryMethod]
[ResponseCache(NoStore = true)]
public sealed class ErrorModel : PageModel
{
    private static readonly int[] KnownCodes = [400, 401, 403, 404, 405, 409, 413, 422, 423, 429, 500, 503];

    public int Code { get; private set; }

    public string MessageKey => KnownCodes.Contains(Code) ? $"Error.{Code}" : Code >= 500 ? "Error.500" : "Error.400";

    /// <summary>For a server error, the id its log entries carry (the request's trace id), so a user can quote it.</summary>
    public string? TraceId { get; private set; }

    /// <summary>The explanation: why a guard refused the request, or the code's own text.</summary>
    public string TextKey => ErrorReasons.For(HttpContext) ?? $"{MessageKey}.Text";

    // No handler parameters and no bound properties: nothing reads the form, which may be the very input that
    // failed (a form with a forged antiforgery token throws when read).
    public void OnGet() => Show();

    public void OnPost() => Show();

    /// <summary>Re-executed for a request with another method (PUT, TRACE, ...), no handler runs: the code is read here.</summary>
    [NonHandler] // a public On... method would otherwise also be a handler ("?handler=HandlerExecuting")
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null)
        {
            Show();
        }
    }

    private void Show()
    {
        var code = int.TryParse(RouteData.Values["code"] as string, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 404;
        // Re-executed for an exception, the exception handler has already chosen the status (400, 503 or 500).
        if (HttpContext.Features.Get<IExceptionHandlerFeature>() is not null && Response.StatusCode >= 400)
        {
            code = Response.StatusCode;
        }

        Code = code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = Code;
        TraceId = Code >= 500 ? StructuredLogging.TraceId(HttpContext) : null;
        if (Code == StatusCodes.Status503ServiceUnavailable)
        {
            Response.Headers.RetryAfter = ((int)DatabaseAvailability.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }
    }
}
