using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Accounts.Models;
using TrainingSite.Core.Ui;
using TrainingSite.Data.Identity;

namespace TrainingSite.Accounts.Areas.Accounts.Pages;

[Authorize]
public sealed class ProfileModel(
    UserManager<TrainingUser> users,
    SignInManager<TrainingUser> signIn,
    IRegionDirectory regions,
    IStringLocalizer<SharedStrings> strings) : PageModel
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    public string Email { get; private set; } = string.Empty;

    public bool Saved { get; private set; }

    public bool SignedOutElsewhere { get; private set; }

    public IReadOnlyList<SelectListItem> RegionOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> LanguageOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(bool saved, bool signedOutElsewhere, CancellationToken cancellationToken)
    {
        Saved = saved;
        SignedOutElsewhere = signedOutElsewhere;
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Email = user.Email ?? string.Empty;
        Input = new ProfileInput
        {
            DisplayName = user.DisplayName,
            Organisation = user.Organisation,
            HomeRegionId = user.HomeRegionId,
            PreferredLanguage = user.PreferredLanguage ?? SiteCultures.Current,
        };
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Email = user.Email ?? string.Empty;
        if (!await RegionChoices.IsKnownRegionAsync(regions, Input.HomeRegionId, cancellationToken))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.HomeRegionId)}", strings["Validation.UnknownRegion"]);
        }

        if (!SiteCultures.IsSupported(Input.PreferredLanguage))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.PreferredLanguage)}", strings["Validation.OneOf"]);
        }

        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync(cancellationToken);
            return this.Invalid();
        }

        user.DisplayName = Input.DisplayName.Trim();
        user.Organisation = string.IsNullOrWhiteSpace(Input.Organisation) ? null : Input.Organisation.Trim();
        user.HomeRegionId = string.IsNullOrEmpty(Input.HomeRegionId) ? null : Input.HomeRegionId;
        user.PreferredLanguage = Input.PreferredLanguage;
        await users.UpdateAsync(user);

        // The cookie carries the name and language: refresh it so the next page already uses them.
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage(new { saved = true });
    }

    /// <summary>Ends the person's sessions on every other device (a new security stamp) and keeps this one.</summary>
    public async Task<IActionResult> OnPostSignOutElsewhereAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await users.UpdateSecurityStampAsync(user);
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage(new { signedOutElsewhere = true });
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        RegionOptions = await RegionChoices.RegionsAsync(regions, strings["Region.None"], cancellationToken);
        LanguageOptions = RegionChoices.Languages(c => strings[$"Language.{c}"]);
    }

    public sealed class ProfileInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(TrainingUser.DisplayNameMaxLength, ErrorMessage = "Validation.StringLength")]
        [Display(Name = "Field.DisplayName")]
        public string DisplayName { get; set; } = string.Empty;

        [StringLength(TrainingUser.OrganisationMaxLength, ErrorMessage = "Validation.StringLength")]
        [Display(Name = "Field.Organisation")]
        public string? Organisation { get; set; }

        [Display(Name = "Field.HomeRegion")]
        public string? HomeRegionId { get; set; }

        [Display(Name = "Field.PreferredLanguage")]
        public string? PreferredLanguage { get; set; }
    }
}
