namespace TrainingSite.Accounts.Services;

/// <summary>
/// The <c>Accounts:SignInThrottle</c> section: how many failed sign-ins are allowed within the window
/// before a client is refused (see the README's "Sign-in lockout").
/// </summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "Accounts:SignInThrottle";

    /// <summary>Failures are counted over this sliding window; a refusal lasts until enough of them have left it.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failures one client may make on one account; the next attempt from that client is refused.</summary>
    public int PerAccountAndClient { get; set; } = 5;

    /// <summary>
    /// Failures on one account from all clients together; beyond it, every client that has already failed on
    /// the account is refused (a client that has not failed still signs in), so many addresses buy few guesses.
    /// </summary>
    public int PerAccount { get; set; } = 20;

    /// <summary>Failures one client may make across all accounts (guessing many accounts) before it is refused everywhere.</summary>
    public int PerClient { get; set; } = 20;
}
