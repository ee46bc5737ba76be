using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Web;
using TrainingSite.Accounts.Services;
using TrainingSite.Core.Ui;
using TrainingSite.Data.Identity;

namespace TrainingSite.Accounts.Areas.Accounts.Pages;

[EnableRateLimiting(RateLimitBuckets.PasswordReset)]
public sealed class ResetPasswordModel(UserManager<TrainingUser> users, SignInThrottle throttle, IStringLocalizer<SharedStrings> strings) : PageModel
{
    [BindProperty]
    public ResetPasswordInput Input { get; set; } = new();

    public bool Done { get; private set; }

    public void OnGet(string? email, string? code)
    {
        Input.Email = email ?? string.Empty;
        Input.Code = code ?? string.Empty;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        var token = DecodeToken(Input.Code);
        if (user is null || token is null)
        {
            ModelState.AddModelError(string.Empty, strings["Identity.InvalidToken"]);
            return this.Invalid();
        }

        var result = await users.ResetPasswordAsync(user, token, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? $"{nameof(Input)}.{nameof(Input.Password)}" : string.Empty;
                ModelState.AddModelError(field, error.Description);
            }

            return this.Invalid();
        }

        // The reset gave the account a new security stamp, so every session signed in before it ends. It also
        // lifts this client's sign-in lockout on the account: the person has proved they own the mailbox.
        await throttle.ClearAsync(user.Email!, HttpContext.Connection.RemoteIpAddress);
        Done = true;
        return Page();
    }

    private static string? DecodeToken(string code)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public sealed class ResetPasswordInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        [Display(Name = "Field.Email")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(128, ErrorMessage = "Validation.StringLength")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.NewPassword")]
        public string Password { get; set; } = string.Empty;

        [Required(ErrorMessage = "Validation.Required")]
        [Compare(nameof(Password), ErrorMessage = "Validation.Compare")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.ConfirmPassword")]
        public string ConfirmPassword { get; set; } = string.Empty;

        [Required(ErrorMessage = "Identity.InvalidToken")]
        public string Code { get; set; } = string.Empty;
    }
}
