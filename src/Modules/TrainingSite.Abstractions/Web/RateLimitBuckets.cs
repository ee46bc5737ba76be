namespace TrainingSite.Abstractions.Web;

/// <summary>
/// The names of the host's rate-limit buckets, for <c>[EnableRateLimiting(...)]</c> and <c>RequireRateLimiting(...)</c>.
/// Each bucket counts per client address and is sized under <c>RateLimits</c> in configuration (the host's README
/// lists the defaults); over the limit the answer is 429 with <c>Retry-After</c> and a localized message.
/// </summary>
public static class RateLimitBuckets
{
    /// <summary>Guidance searches: the API and the search page.</summary>
    public const string Search = "search";

    /// <summary>Sign-in posts.</summary>
    public const string SignIn = "sign-in";

    /// <summary>Registration posts.</summary>
    public const string Registration = "registration";

    /// <summary>Password-reset posts: asking for a link and setting the new password.</summary>
    public const string PasswordReset = "password-reset";

    /// <summary>Other account form posts (password change, first-run setup).</summary>
    public const string Forms = "forms";

    /// <summary>Certificate verification lookups (opening the empty form is not counted).</summary>
    public const string CertificateVerify = "certificate-verify";
}
