using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingSite.Infrastructure;

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

    public void OnGet(int code) => Show(code);

    public void OnPost(int code) => Show(code);

    /// <summary>Re-executed for a request with another method (PUT, TRACE, ...), no handler runs: the code is read here.</summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null)
        {
            Show(int.TryParse(RouteData.Values["code"]?.ToString(), CultureInfo.InvariantCulture, out var code) ? code : 404);
        }
    }

    private void Show(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = Code;
    }
}
