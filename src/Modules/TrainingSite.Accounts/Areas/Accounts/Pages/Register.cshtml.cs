using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Mail;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Abstractions.Web;
using TrainingSite.Accounts.Models;
using TrainingSite.Accounts.Services;
using TrainingSite.Core.Ui;
using TrainingSite.Data;
using TrainingSite.Data.Identity;

namespace TrainingSite.Accounts.Areas.Accounts.Pages;

/// <summary>
/// Creates an account and signs it in. An address that already has an account gets the same answer (status
/// and redirect) and its owner a mail, so the page cannot be used to find out who has an account.
/// </summary>
[EnableRateLimiting(RateLimitBuckets.Registration)]
public sealed class RegisterModel(
    UserManager<TrainingUser> users,
    SignInManager<TrainingUser> signIn,
    IRegionDirectory regions,
    TrainingDbContext db,
    IAuditTrail audit,
    IMailSender mail,
    IPublicUrls publicUrls,
    ISiteName siteName,
    IStringLocalizer<SharedStrings> strings,
    IStringLocalizer<AccountsStrings> accountStrings) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IReadOnlyList<SelectListItem> RegionOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> LanguageOptions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input.PreferredLanguage = SiteCultures.Current;
        await LoadChoicesAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await RegionChoices.IsKnownRegionAsync(regions, Input.HomeRegionId, cancellationToken))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.HomeRegionId)}", strings["Validation.UnknownRegion"]);
        }

        if (!SiteCultures.IsSupported(Input.PreferredLanguage))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.PreferredLanguage)}", strings["Validation.OneOf"]);
        }

        if (ModelState.IsValid)
        {
            var result = await CreateAsync(cancellationToken);
            if (result.Succeeded || IsAddressTaken(result))
            {
                // The front page greets a new learner once. Set for a taken address too, so both answers stay alike;
                // the greeting is shown only to someone signed in.
                var target = this.LocalOr(ReturnUrl);
                if (target == "/")
                {
                    TempData["Welcome"] = "1";
                }

                return LocalRedirect(target);
            }

            foreach (var error in result.Errors)
            {
                var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(Input.Password) : nameof(Input.Email);
                ModelState.AddModelError($"{nameof(Input)}.{field}", error.Description);
            }
        }

        await LoadChoicesAsync(cancellationToken);
        return this.Invalid();
    }

    /// <summary>
    /// Creates the account as a learner and a network member, all or nothing, and signs it in. For an address
    /// that has an account, it checks the password as it would for a new one (same messages, same hashing
    /// work), then mails the owner and answers with <see cref="IdentityErrorDescriber.DuplicateEmail"/>.
    /// </summary>
    private async Task<IdentityResult> CreateAsync(CancellationToken cancellationToken)
    {
        var email = Input.Email.Trim();
        var user = NewUser(email);
        if (await users.FindByEmailAsync(email) is { } owner)
        {
            return await RefuseTakenAddressAsync(user, owner, cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await users.CreateAsync(user, Input.Password);
        if (result.Succeeded)
        {
            result = await users.AddToRolesAsync(user, [Roles.Learner, Roles.NetworkMember]);
        }

        if (!result.Succeeded)
        {
            // Two registrations of one new address at once: the loser is told what the owner of a used one is.
            if (IsAddressTaken(result) && await users.FindByEmailAsync(email) is { } winner)
            {
                await NotifyOwnerAsync(winner, cancellationToken);
            }

            return result;
        }

        // The person registers themself; nobody is signed in yet.
        audit.Record(UserAudit.Record(AuditKinds.UserCreated, user, "registered: " + UserAudit.Listed("roles", [Roles.Learner, Roles.NetworkMember])) with
        {
            Actor = new AuditActor(user.Id, UserAudit.Title(user)),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await signIn.SignInAsync(user, isPersistent: false);
        return result;
    }

    private async Task<IdentityResult> RefuseTakenAddressAsync(TrainingUser candidate, TrainingUser owner, CancellationToken cancellationToken)
    {
        var problems = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            problems.AddRange((await validator.ValidateAsync(users, candidate, Input.Password)).Errors);
        }

        if (problems.Count > 0)
        {
            return IdentityResult.Failed([.. problems]);
        }

        _ = users.PasswordHasher.HashPassword(candidate, Input.Password);
        await NotifyOwnerAsync(owner, cancellationToken);
        return IdentityResult.Failed(users.ErrorDescriber.DuplicateEmail(owner.Email!));
    }

    /// <summary>Tells the owner, in their language, that someone tried to register their address, with links to sign in or reset.</summary>
    private Task NotifyOwnerAsync(TrainingUser owner, CancellationToken cancellationToken)
    {
        var (subject, body) = UserLanguage.Use(owner, () => (
            accountStrings["RegisterTakenMail.Subject", siteName.Current].Value,
            accountStrings["RegisterTakenMail.Body", owner.DisplayName, publicUrls.Absolute("/account/login"), publicUrls.Absolute("/account/forgot-password"), siteName.Current].Value));
        return mail.SendAsync(owner.Email!, subject, body, UserLanguage.Of(owner), cancellationToken);
    }

    private static bool IsAddressTaken(IdentityResult result) =>
        result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName));

    private TrainingUser NewUser(string email) =>
        new()
        {
            UserName = email,
            Email = email,
            DisplayName = Input.DisplayName.Trim(),
            Organisation = string.IsNullOrWhiteSpace(Input.Organisation) ? null : Input.Organisation.Trim(),
            HomeRegionId = string.IsNullOrEmpty(Input.HomeRegionId) ? null : Input.HomeRegionId,
            PreferredLanguage = Input.PreferredLanguage,
            CreatedAt = DateTimeOffset.UtcNow,
        };

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        RegionOptions = await RegionChoices.RegionsAsync(regions, strings["Region.None"], cancellationToken);
        LanguageOptions = RegionChoices.Languages(c => strings[$"Language.{c}"]);
    }

    public sealed class RegisterInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        [StringLength(256, ErrorMessage = "Validation.StringLength")]
        [Display(Name = "Field.Email")]
        public string Email { get; set; } = string.Empty;

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
