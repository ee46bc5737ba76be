using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TrainingSite.Core.Ui;

public static class PageModelExtensions
{
    /// <summary>Shows the page again with its field messages and a 4xx status (400 unless told otherwise).</summary>
    public static PageResult Invalid(this PageModel page, int statusCode = 400)
    {
        var result = page.Page();
        result.StatusCode = statusCode;
        return result;
    }

    /// <summary>A return URL that stays on this site, or "/".</summary>
    public static string LocalOr(this PageModel page, string? returnUrl, string fallback = "/") =>
        !string.IsNullOrEmpty(returnUrl) && page.Url.IsLocalUrl(returnUrl) ? returnUrl : fallback;
}
