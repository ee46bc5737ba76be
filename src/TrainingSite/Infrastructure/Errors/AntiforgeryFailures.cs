using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Localization;

namespace TrainingSite.Infrastructure.Errors;

/// <summary>
/// A failed antiforgery check (token missing, forged or from another user) answers 400 with a localized reason
/// on every endpoint that asks for the check, minimal APIs included; left to the endpoint, reading the form
/// would throw and answer 500. Razor Pages answer 400 through their own antiforgery filter.
/// </summary>
public sealed class AntiforgeryFailures(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IStringLocalizer<SiteStrings> strings)
    {
        if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false } && !ErrorReasons.IsReExecution(context))
        {
            await ErrorReasons.RefuseAsync(context, StatusCodes.Status400BadRequest, ErrorReasons.Antiforgery, strings);
            return;
        }

        await next(context);
    }
}
