using Microsoft.AspNetCore.Antiforgery;
using TrainingSite.Data.Configuration;

namespace TrainingSite.Infrastructure.Errors;

/// <summary>
/// The status an exception that reached the exception handler answers with: a bad request (a failed
/// antiforgery check, a form that cannot be read) is the client's 400, an unreachable database is 503, and
/// only the rest is the site's own 500. Only 500s are logged with their stack trace.
/// </summary>
public static class ExceptionStatus
{
    public static int For(Exception exception) => exception switch
    {
        _ when DatabaseErrors.IsUnavailable(exception) => StatusCodes.Status503ServiceUnavailable,
        AntiforgeryValidationException => StatusCodes.Status400BadRequest,
        BadHttpRequestException bad => bad.StatusCode,
        InvalidDataException => StatusCodes.Status400BadRequest,
        _ when exception.InnerException is AntiforgeryValidationException => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>True for what is not the site's fault (4xx) or is logged elsewhere once (an outage): no stack trace.</summary>
    public static bool IsExpected(Exception exception) => For(exception) != StatusCodes.Status500InternalServerError;
}
