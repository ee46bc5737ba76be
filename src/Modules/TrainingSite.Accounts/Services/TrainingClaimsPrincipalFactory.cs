using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data.Identity;

namespace TrainingSite.Accounts.Services;

/// <summary>Adds the display name and preferred language to the sign-in cookie's claims.</summary>
public sealed class TrainingClaimsPrincipalFactory(
    UserManager<TrainingUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<TrainingUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(TrainingUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(TrainingClaims.DisplayName, user.DisplayName));
        if (user.PreferredLanguage is not null)
        {
            identity.AddClaim(new Claim(TrainingClaims.PreferredLanguage, user.PreferredLanguage));
        }

        if (user.HomeRegionId is not null)
        {
            identity.AddClaim(new Claim(TrainingClaims.HomeRegion, user.HomeRegionId));
        }

        return identity;
    }
}
