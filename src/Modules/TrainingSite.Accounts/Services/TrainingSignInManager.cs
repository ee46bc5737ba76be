using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrainingSite.Data.Identity;

namespace TrainingSite.Accounts.Services;

/// <summary>
/// Identity's sign-in with one rule added: a deactivated account (or a deleted one's anonymous stand-in) cannot
/// sign in, and its existing cookies fail the next security stamp validation, on every node.
/// </summary>
public sealed class TrainingSignInManager(
    UserManager<TrainingUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<TrainingUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<TrainingUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<TrainingUser> confirmation)
    : SignInManager<TrainingUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(TrainingUser user) =>
        IsActive(user) && await base.CanSignInAsync(user);

    public override async Task<bool> ValidateSecurityStampAsync(TrainingUser? user, string? securityStamp) =>
        user is not null && IsActive(user) && await base.ValidateSecurityStampAsync(user, securityStamp);

    private static bool IsActive(TrainingUser user) => user.DeactivatedAt is null && user.ErasedAt is null;
}
