using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Web;
using TrainingSite.Accounts.Services;
using TrainingSite.Core.Authoring;
using TrainingSite.Core.Ui;
using TrainingSite.Data.Identity;

namespace TrainingSite.Accounts.Areas.Accounts.Pages;

/// <summary>First run: create the first administrator, who lands on the administration home. Once one exists, this page is gone (404).</summary>
[EnableRateLimiting(RateLimitBuckets.Forms)]
public sealed class SetupModel(
    AdministratorSetup setup, SetupState state, UserManager<TrainingUser> users, SignInManager<TrainingUser> signIn, IStringLocalizer<AccountsStrings> strings) : PageModel
{
    [BindProperty]
    public SetupInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await setup.HasAdministratorAsync(cancellationToken) ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await state.Gate.WaitAsync(cancellationToken);
        try
        {
            if (await setup.HasAdministratorAsync(cancellationToken))
            {
                return NotFound();
            }

            if (!ModelState.IsValid)
            {
                return this.Invalid();
            }

            var result = await setup.CreateAsync(Input.Email.Trim(), Input.Password, Input.DisplayName.Trim(), SiteCultures.Current, AdministratorSetup.SetupActor, cancellationToken);
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors)
                {
                    var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(Input.Password) : nameof(Input.Email);
                    ModelState.AddModelError($"{nameof(Input)}.{field}", error.Description);
                }

                return this.Invalid();
            }
        }
        finally
        {
            state.Gate.Release();
        }

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        await signIn.SignInAsync(user!, isPersistent: false);

        // The administration home, with its numbers and links, is where a new administrator starts.
        return AuthoringNotice.Redirect(this, strings["Setup.Done"], "/admin");
    }

    public sealed class SetupInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(TrainingUser.DisplayNameMaxLength, ErrorMessage = "Validation.StringLength")]
        [Display(Name = "Field.DisplayName")]
        public string DisplayName { get; set; } = string.Empty;

        [Required(ErrorMessage = "Validation.Required")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        [Display(Name = "Field.Email")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(128, ErrorMessage = "Validation.StringLength")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.Password")]
        public string Password { get; set; } = string.Empty;

        [Required(ErrorMessage = "Validation.Required")]
        [Compare(nameof(Password), ErrorMessage = "Validation.Compare")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.ConfirmPassword")]
        public string ConfirmPassword { get; set; } = string.Empty;
    }
}
