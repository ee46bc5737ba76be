using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;

namespace TrainingSite.Infrastructure.Errors;

/// <summary>
/// A request refused before any page ran, with the reason in the user's language: a JSON problem under /api,
/// otherwise the status page (re-executed), which shows the reason kept in the request's items.
/// </summary>
public static class ErrorReasons
{
    public const string InvalidText = "Error.InvalidText";
    public const string Antiforgery = "Error.Antiforgery.Text";

    private const string Item = "TrainingSite.ErrorReason";

    /// <summary>The reason's resource key, when a guard refused the request.</summary>
    public static string? For(HttpContext context) => context.Items[Item] as string;

    public static bool IsReExecution(HttpContext context) =>
        context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null;

    public static async Task RefuseAsync(HttpContext context, int status, string reason, IStringLocalizer<SiteStrings> strings)
    {
        context.Response.StatusCode = status;
        context.Items[Item] = reason;
        if (ApiRequests.Is(context))
        {
            await context.Response.WriteAsJsonAsync(
                new { title = strings[$"Error.{status}.Title"].Value, status, detail = strings[reason].Value },
                (System.Text.Json.JsonSerializerOptions?)null,
                "application/problem+json",
                context.RequestAborted);
        }
    }
}
