using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using TrainingSite.Abstractions.Web;
using TrainingSite.Core.Ui;
using TrainingSite.Data.Identity;

namespace TrainingSite.Accounts.Areas.Accounts.Pages;

[Authorize]
[EnableRateLimiting(RateLimitBuckets.Forms)]
public sealed class PasswordModel(UserManager<TrainingUser> users, SignInManager<TrainingUser> signIn) : PageModel
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    public bool Changed { get; private set; }


    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(Input.CurrentPassword) : nameof(Input.NewPassword);
                ModelState.AddModelError($"{nameof(Input)}.{field}", error.Description);
            }

            return this.Invalid();
        }

        // The change gave the account a new security stamp, which ends every other session at its next
        // validation; this one gets a cookie with the new stamp and goes on.
        await signIn.RefreshSignInAsync(user);
        Changed = true;
        return Page();
    }

    public sealed class ChangePasswordInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.Password")]
        public string CurrentPassword { get; set; } = string.Empty;

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(128, ErrorMessage = "Validation.StringLength")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.NewPassword")]
        public string NewPassword { get; set; } = string.Empty;

        [Required(ErrorMessage = "Validation.Required")]
        [Compare(nameof(NewPassword), ErrorMessage = "Validation.Compare")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.ConfirmPassword")]
        public string ConfirmPassword { get; set; } = string.Empty;
    }
}
