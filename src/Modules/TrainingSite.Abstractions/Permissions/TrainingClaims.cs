namespace TrainingSite.Abstractions.Permissions;

/// <summary>Claim types the site adds to the sign-in cookie.</summary>
public static class TrainingClaims
{
    public const string DisplayName = "ts:display_name";
    public const string PreferredLanguage = "ts:lang";
    public const string HomeRegion = "ts:home_region";

    /// <summary>A permission the user holds: stored as a role claim of this type, copied into the cookie at sign-in and on each session validation.</summary>
    public const string Permission = "ts:permission";
}
