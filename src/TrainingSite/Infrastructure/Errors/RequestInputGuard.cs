using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.Localization;
using TrainingSite.Core.Text;

namespace TrainingSite.Infrastructure.Errors;

/// <summary>
/// One check of what a request carries, before any page or endpoint sees it, so no handler has to:
/// a route parameter that is blank (<c>/authoring/guidance/%20</c>) names nothing, so 404; text that cannot
/// be stored or normalised (unpaired surrogates, Unicode noncharacters such as U+FFFE) in a route value, the
/// query or a form field answers 400 with a localized reason (a page, or a JSON problem under /api), and so
/// does NUL in a route value or form field (no database stores it). In the query NUL is removed instead: any text
/// is a valid search, and queries are where people paste what they find.
/// </summary>
public sealed class RequestInputGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IStringLocalizer<SiteStrings> strings)
    {
        // An error page re-executed for a refused request carries the same input: it must not be refused again.
        if (context.GetEndpoint() is RouteEndpoint endpoint && !ErrorReasons.IsReExecution(context))
        {
            if (HasBlankParameter(context, endpoint.RoutePattern))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            if (!await IsValidTextAsync(context))
            {
                await ErrorReasons.RefuseAsync(context, StatusCodes.Status400BadRequest, ErrorReasons.InvalidText, strings);
                return;
            }
        }

        await next(context);
    }

    private static bool HasBlankParameter(HttpContext context, RoutePattern pattern) =>
        pattern.Parameters.Any(p => context.Request.RouteValues.TryGetValue(p.Name, out var value)
            && value is string text && string.IsNullOrWhiteSpace(text));

    private static async Task<bool> IsValidTextAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.QueryString.Value?.Contains("%00", StringComparison.Ordinal) == true)
        {
            static string WithoutNul(string? text) => (text ?? string.Empty).Replace("\0", string.Empty, StringComparison.Ordinal);
            request.QueryString = QueryString.Create(request.Query.SelectMany(q =>
                q.Value.Select(value => new KeyValuePair<string, string?>(WithoutNul(q.Key), WithoutNul(value)))));
        }

        if (request.RouteValues.Values.Any(v => v is string text && !UnicodeText.IsStorable(text))
            || request.Query.Any(q => !UnicodeText.IsValid(q.Key) || q.Value.Any(v => !UnicodeText.IsValid(v))))
        {
            return false;
        }

        // A form whose antiforgery check failed is not read (reading it throws); AntiforgeryFailures answers it.
        if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false } || !request.HasFormContentType)
        {
            return true;
        }

        // Reading the form here buffers it once; model binding and antiforgery read the same copy afterwards.
        var form = await request.ReadFormAsync(context.RequestAborted);
        return form.All(f => UnicodeText.IsStorable(f.Key) && f.Value.All(UnicodeText.IsStorable))
            && form.Files.All(f => UnicodeText.IsValid(f.FileName) && UnicodeText.IsValid(f.Name));
    }
}
