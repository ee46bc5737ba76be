using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Core.Ui;
using TrainingSite.Data.Identity;

namespace TrainingSite.Accounts.Areas.Accounts.Pages;

/// <summary>
/// The language switcher posts here. The choice is kept in a cookie and, for a signed-in user, in the
/// profile too, because the profile's language wins over the cookie.
/// </summary>
public sealed class LanguageModel(UserManager<TrainingUser> users, SignInManager<TrainingUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }


    public async Task<IActionResult> OnPostAsync(string? culture)
    {
        if (!SiteCultures.IsSupported(culture))
        {
            return BadRequest();
        }

        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture!)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps });

        if (signIn.IsSignedIn(User) && await users.GetUserAsync(User) is { } user && user.PreferredLanguage != culture)
        {
            user.PreferredLanguage = culture;
            await users.UpdateAsync(user);
            await signIn.RefreshSignInAsync(user);
        }

        return LocalRedirect(this.LocalOr(ReturnUrl));
    }
}
