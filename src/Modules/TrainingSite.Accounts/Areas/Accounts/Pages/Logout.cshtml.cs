using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingSite.Data.Identity;

namespace TrainingSite.Accounts.Areas.Accounts.Pages;

/// <summary>Signs out on POST (a GET shows a button, so a link in a mail cannot sign anyone out).</summary>
public sealed class LogoutModel(SignInManager<TrainingUser> signIn, UserManager<TrainingUser> users) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        // Deleting this browser's cookie is not enough: a copy of it would still work. A new security stamp
        // makes every cookie issued before it fail the next session validation, on every node.
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
