using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using TrainingSite.Abstractions.Web;
using TrainingSite.Accounts.Services;
using TrainingSite.Core.Ui;

namespace TrainingSite.Accounts.Areas.Accounts.Pages;

[EnableRateLimiting(RateLimitBuckets.PasswordReset)]
public sealed class ForgotPasswordModel(PasswordResetRequests resetRequests) : PageModel
{
    [BindProperty]
    public ForgotPasswordInput Input { get; set; } = new();

    public bool Sent { get; private set; }

    public IActionResult OnPost()
    {
        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        // Only queued here: the answer, and the work done before it, are the same whether or not the address has an
        // account, so nobody can probe for accounts (see PasswordResetRequests).
        resetRequests.Add(Input.Email.Trim());
        Sent = true;
        return Page();
    }

    public sealed class ForgotPasswordInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        [Display(Name = "Field.Email")]
        public string Email { get; set; } = string.Empty;
    }
}
