namespace TrainingSite.Infrastructure;

/// <summary>
/// The <c>RateLimits</c> section: requests per client address and minute in each bucket. Generous, so that people
/// typing or a whole office behind one address are not stopped, and small enough to stop scripts.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Guidance searches (the API and the search page): live results follow typing.</summary>
    public int Search { get; set; } = 120;

    public int SignIn { get; set; } = 60;

    public int Registration { get; set; } = 20;

    /// <summary>Asking for a reset link and setting the new password.</summary>
    public int PasswordReset { get; set; } = 20;

    /// <summary>Other account form posts (password change, first-run setup).</summary>
    public int Forms { get; set; } = 60;

    /// <summary>Certificate lookups; unset, the older <c>Certificates:VerifyPerMinute</c> is read.</summary>
    public int CertificateVerify { get; set; } = 30;
}
