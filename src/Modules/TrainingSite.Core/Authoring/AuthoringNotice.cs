using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TrainingSite.Core.Authoring;

/// <summary>The notice an authoring action leaves for the next page (the layout shows <c>TempData["Notice"]</c>).</summary>
public static class AuthoringNotice
{
    public const string Key = "Notice";

    /// <summary>Keeps <paramref name="message"/> for the next page and redirects to <paramref name="url"/>, which must be local.</summary>
    public static IActionResult Redirect(PageModel page, string message, string url)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.TempData[Key] = message;
        return page.LocalRedirect(url);
    }
}
