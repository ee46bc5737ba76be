using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using TrainingSite.Accounts.PersonalData;
using TrainingSite.Core.Ui;
using TrainingSite.Data.Identity;

namespace TrainingSite.Accounts.Areas.Accounts.Pages;

/// <summary>/account/delete: the user deletes their own account, after confirming with their password.</summary>
[Authorize]
[EnableRateLimiting("forms")]
public sealed class DeleteModel(
    UserManager<TrainingUser> users, SignInManager<TrainingUser> signIn, AccountEraser eraser, IStringLocalizer<AccountsStrings> strings) : PageModel
{
    [BindProperty]
    public DeleteInput Input { get; set; } = new();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        if (!await users.CheckPasswordAsync(user, Input.Password))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Password)}", strings["Delete.WrongPassword"]);
            return this.Invalid();
        }

        if (!await eraser.EraseAsync(user, byThemself: true, cancellationToken))
        {
            ModelState.AddModelError(string.Empty, strings["Delete.LastAdministrator"]);
            return this.Invalid();
        }

        await signIn.SignOutAsync();
        return LocalRedirect("/account/deleted");
    }

    public sealed class DeleteInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.Password")]
        public string Password { get; set; } = string.Empty;
    }
}
