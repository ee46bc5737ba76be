using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Mail;
using TrainingSite.Abstractions.Ui;
using TrainingSite.Abstractions.Web;
using TrainingSite.Accounts.Services;
using TrainingSite.Data.Identity;

namespace TrainingSite.Accounts.Areas.Accounts.Pages;

[EnableRateLimiting(RateLimitBuckets.PasswordReset)]
public sealed class ForgotPasswordModel(
    UserManager<TrainingUser> users,
    IMailSender mail,
    IPublicUrls publicUrls,
    IStringLocalizer<AccountsStrings> strings) : PageModel
{
    [BindProperty]
    public ForgotPasswordInput Input { get; set; } = new();

    public bool Sent { get; private set; }


    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        // The answer is the same whether or not the address has an account, so nobody can probe for accounts.
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is not null)
        {
            await SendResetLinkAsync(user, cancellationToken);
        }

        Sent = true;
        return Page();
    }

    private async Task SendResetLinkAsync(TrainingUser user, CancellationToken cancellationToken)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        // From the configured public address, never the request's Host header: a forged Host would send the token elsewhere.
        var link = publicUrls.Absolute($"/account/reset-password?email={Uri.EscapeDataString(user.Email!)}&code={code}");

        var (subject, body) = UserLanguage.Use(user, () => (strings["ResetMail.Subject"].Value, strings["ResetMail.Body", user.DisplayName, link].Value));
        await mail.SendAsync(user.Email!, subject, body, cancellationToken);
    }

    public sealed class ForgotPasswordInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        [Display(Name = "Field.Email")]
        public string Email { get; set; } = string.Empty;
    }
}
