using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Observability;
using TrainingSite.Abstractions.Web;
using TrainingSite.Accounts.Services;
using TrainingSite.Core.Localization;
using TrainingSite.Core.Ui;
using TrainingSite.Data.Identity;

namespace TrainingSite.Accounts.Areas.Accounts.Pages;

/// <summary>
/// Signs in. An unknown account and a wrong password answer alike, in words, status and time, and both count
/// towards the <see cref="SignInThrottle"/>, which refuses a client (not the account) after too many failures.
/// </summary>
[EnableRateLimiting(RateLimitBuckets.SignIn)]
public sealed class LoginModel(
    SignInManager<TrainingUser> signIn,
    UserManager<TrainingUser> users,
    SignInThrottle throttle,
    UnknownAccountPassword unknownAccount,
    IStringLocalizer<AccountsStrings> strings,
    SiteMetrics metrics) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }


    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var email = Input.Email.Trim();
        var gate = await throttle.BeginAsync(email, HttpContext.Connection.RemoteIpAddress, cancellationToken);
        if (gate.RefusedUntil is { } until)
        {
            metrics.SignInLockedOut(gate.ClientWide);
            return Refused(until, gate.ClientWide);
        }

        bool succeeded;
        TrainingUser? account;
        try
        {
            (succeeded, account) = await CheckPasswordAsync(email);
        }
        catch
        {
            await throttle.AbandonedAsync(gate);
            throw;
        }

        if (succeeded)
        {
            await throttle.SucceededAsync(gate);
            return LocalRedirect(this.LocalOr(ReturnUrl));
        }

        // Wrong password, unknown account or an account an administrator has locked: one answer for all.
        await throttle.FailedAsync(gate, account);
        metrics.SignInFailed();
        ModelState.AddModelError(string.Empty, strings["Login.Failed"]);
        return this.Invalid();
    }

    /// <summary>Signs in when the password is right; an unknown or refused account spends the same hashing time.</summary>
    private async Task<(bool Succeeded, TrainingUser? Account)> CheckPasswordAsync(string email)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            unknownAccount.Check(Input.Password);
            return (false, null);
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: false);
        if (result.IsLockedOut || result.IsNotAllowed)
        {
            // Refused before its password was checked: spend the same hashing time as any other failure.
            unknownAccount.Check(Input.Password);
        }

        return (result.Succeeded, user);
    }

    /// <summary>423 when this client is locked out of the account, 429 when it failed on too many accounts; both say until when.</summary>
    private PageResult Refused(DateTimeOffset until, bool clientWide)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling((until - DateTimeOffset.UtcNow).TotalSeconds));
        Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var at = SiteTime.Time(until.AddSeconds(59));
        ModelState.AddModelError(string.Empty, strings[clientWide ? "Login.TooManyFailuresFromClient" : "Login.LockedOut", at]);
        return this.Invalid(clientWide ? StatusCodes.Status429TooManyRequests : StatusCodes.Status423Locked);
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        [Display(Name = "Field.Email")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.Password")]
        public string Password { get; set; } = string.Empty;

        [Display(Name = "Field.RememberMe")]
        public bool RememberMe { get; set; }
    }
}
