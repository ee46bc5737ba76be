namespace TrainingSite.Accounts.Models;

/// <summary>
/// One failed (or still running) sign-in: which account was tried, from which client, when. Kept only for
/// the throttle's window, so the table holds minutes of data, never a history.
/// </summary>
public sealed class SignInFailure
{
    /// <summary>A SHA-256 of the normalised address: the same for real and unknown accounts, and no address on disk.</summary>
    public const int AccountKeyLength = 64;

    /// <summary>An IPv4 address or an IPv6 /64 network in text.</summary>
    public const int ClientLength = 64;

    public long Id { get; set; }

    public string AccountKey { get; set; } = string.Empty;

    public string Client { get; set; } = string.Empty;

    /// <summary>UTC. A DateTime, not a DateTimeOffset, so SQLite can compare it in SQL.</summary>
    public DateTime FailedAt { get; set; }

    /// <summary>
    /// True while the password is being checked. A pending attempt counts against the account (parallel guesses at one
    /// account are refused) but not against the client across accounts: people signing in at once from one office
    /// address have not failed.
    /// </summary>
    public bool Pending { get; set; }
}
