using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Web;
using TrainingSite.Data.Availability;
using TrainingSite.Data.Configuration;

namespace TrainingSite.Infrastructure.Errors;

/// <summary>
/// A request that failed because the database cannot be reached answers 503 with Retry-After: pages a short
/// "temporarily unavailable" page in the user's language, APIs a JSON problem. The answer is written here,
/// from resources alone, so it cannot fail on the database (or on anything the layout needs); the outage is
/// logged once by <see cref="DatabaseAvailability"/>.
/// </summary>
public sealed class DatabaseOutageHandler(DatabaseAvailability availability, IStringLocalizer<SiteStrings> strings, ISiteName siteName) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseErrors.IsUnavailable(exception) || httpContext.Response.HasStarted)
        {
            return false;
        }

        availability.RequestFailed(exception);
        var culture = await RequestLanguage.ResolveAsync(httpContext);
        var (title, text, home, site) = InCulture(culture, () =>
            (strings["Error.503.Title"].Value, strings["Error.Outage.Text"].Value, strings["Error.Home"].Value, siteName.Current));
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = ((int)DatabaseAvailability.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        response.Headers.ContentLanguage = culture.TwoLetterISOLanguageName;
        if (ApiRequests.Is(httpContext))
        {
            await response.WriteAsJsonAsync(
                new { type = "https://tools.ietf.org/html/rfc9110#section-15.6.4", title, status = 503, detail = text },
                (System.Text.Json.JsonSerializerOptions?)null,
                "application/problem+json",
                cancellationToken);
            return true;
        }

        var html = HtmlEncoder.Default;
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{culture.TwoLetterISOLanguageName}">
            <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>{html.Encode(title)} – {html.Encode(site)}</title><link rel="stylesheet" href="/css/site.css" /></head>
            <body><main id="main" class="container"><h1>{html.Encode(title)}</h1><p>{html.Encode(text)}</p>
            <p><a href="/">{html.Encode(home)}</a></p></main></body>
            </html>
            """, cancellationToken);
        return true;
    }

    private static T InCulture<T>(CultureInfo culture, Func<T> read)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
