using TrainingSite.Accounts.Models;

namespace TrainingSite.Accounts.Services;

/// <summary>The throttle's answer to one sign-in attempt.</summary>
/// <param name="Attempt">The attempt, recorded as a failure until it succeeds.</param>
/// <param name="RefusedUntil">When the client may try again; null when the attempt may go ahead.</param>
/// <param name="ClientWide">Refused because of the client's failures across accounts, not this account's.</param>
public sealed record SignInGate(SignInFailure Attempt, DateTimeOffset? RefusedUntil, bool ClientWide)
{
    public bool Refused => RefusedUntil is not null;
}
