namespace TrainingSite.Accounts.Authorization;

/// <summary>What a post of the roles × permissions table asks for, checked before anything is written.</summary>
public static class GrantForm
{
    public enum Problem
    {
        None,

        /// <summary>A role or permission the site does not have (a crafted or stale form): 400.</summary>
        Unknown,

        /// <summary>Someone else saved in between (the form's stamp is not the stored grants'): 409.</summary>
        Changed,

        /// <summary>The Administrator role's right to manage roles left out: 400.</summary>
        LocksOut,
    }

    public static Problem Check(IReadOnlyCollection<string> posted, string? stamp, IReadOnlySet<string> current, IReadOnlyCollection<string> roles, IReadOnlySet<string> permissions)
    {
        if (string.IsNullOrEmpty(stamp) || posted.Any(key => RoleGrants.Split(key) is var (role, permission) && (!roles.Contains(role) || !permissions.Contains(permission))))
        {
            return Problem.Unknown;
        }

        if (!string.Equals(stamp, RoleGrants.Stamp(current), StringComparison.Ordinal))
        {
            return Problem.Changed;
        }

        return posted.Contains(RoleGrants.Locked) ? Problem.None : Problem.LocksOut;
    }
}
