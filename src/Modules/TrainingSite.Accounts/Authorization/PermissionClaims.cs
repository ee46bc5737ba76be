using System.Security.Claims;
using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Accounts.Authorization;

/// <summary>Whether a signed-in user holds a permission: the claim their roles' grants put in the session.</summary>
public static class PermissionClaims
{
    public static bool Holds(this ClaimsPrincipal user, Permission permission) =>
        user.Identity?.IsAuthenticated == true && user.HasClaim(TrainingClaims.Permission, permission.Name);
}
