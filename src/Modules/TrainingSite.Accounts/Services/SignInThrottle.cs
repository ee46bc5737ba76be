using System.Data.Common;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Accounts.Models;
using TrainingSite.Data;
using TrainingSite.Data.Identity;

namespace TrainingSite.Accounts.Services;

/// <summary>
/// Counts failed sign-ins per account, per client and per both, in the database so every node sees them,
/// and refuses a client that has failed too often. It replaces Identity's lockout, which let anyone lock
/// anyone out: a client that has not failed is never refused because another client has. Accounts are
/// keyed by their address, so an unknown account is throttled exactly like a real one.
/// </summary>
public sealed class SignInThrottle(TrainingDbContext db, ILookupNormalizer normalizer, IOptions<SignInThrottleOptions> options, IAuditTrail audit)
{
    private SignInThrottleOptions Limits => options.Value;

    /// <summary>
    /// Records the attempt as a failure before the password is checked, then counts: concurrent attempts each
    /// see the others' rows, so a burst of parallel guesses cannot slip past the limit.
    /// </summary>
    public async Task<SignInGate> BeginAsync(string email, IPAddress? client, CancellationToken cancellationToken = default)
    {
        var now = DateTime.UtcNow;
        var since = now - Limits.Window;
        await db.Set<SignInFailure>().Where(f => f.FailedAt <= since).ExecuteDeleteAsync(cancellationToken);
        var attempt = new SignInFailure { AccountKey = AccountKey(email), Client = ClientKey(client), FailedAt = now, Pending = true };
        db.Add(attempt);
        await db.SaveChangesAsync(cancellationToken);

        var recent = db.Set<SignInFailure>().AsNoTracking().Where(f => f.FailedAt > since && f.Id != attempt.Id);
        var pair = recent.Where(f => f.AccountKey == attempt.AccountKey && f.Client == attempt.Client).Select(f => f.FailedAt);
        var byClient = await RefusedUntilAsync(recent.Where(f => f.Client == attempt.Client && !f.Pending).Select(f => f.FailedAt), Limits.PerClient, cancellationToken);
        var refusedUntil = Later(byClient, await RefusedUntilAsync(pair, Limits.PerAccountAndClient, cancellationToken));
        var lastOwnFailure = await pair.OrderByDescending(t => t).Select(t => (DateTime?)t).FirstOrDefaultAsync(cancellationToken);
        if (lastOwnFailure is not null
            && await RefusedUntilAsync(recent.Where(f => f.AccountKey == attempt.AccountKey).Select(f => f.FailedAt), Limits.PerAccount, cancellationToken) is { } busy)
        {
            // Under attack from many addresses, a client that has failed here waits until either its own
            // failures or the account's crowd of failures leave the window.
            refusedUntil = Later(refusedUntil, Earlier(busy, lastOwnFailure.Value + Limits.Window));
        }

        if (refusedUntil is not null)
        {
            // A refused attempt checks no password, so it is not a failure and does not extend the refusal.
            db.Remove(attempt);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new SignInGate(attempt, refusedUntil is null ? null : AsUtc(refusedUntil.Value), byClient is not null);
    }

    /// <summary>
    /// A right password clears this client's failures on the account (not other clients'). Not cancellable: the
    /// password was right, so a client that stopped waiting must not leave the attempt behind as a failure.
    /// </summary>
    public Task SucceededAsync(SignInGate gate) =>
        db.Set<SignInFailure>()
            .Where(f => f.AccountKey == gate.Attempt.AccountKey && f.Client == gate.Attempt.Client)
            .ExecuteDeleteAsync(CancellationToken.None);

    /// <summary>
    /// A wrong password (or an unknown account): the pending attempt becomes a failure. Not cancellable either. When
    /// the failure locks this client out of an existing <paramref name="account"/> (its failures reach the limit), the
    /// lockout's audit event is saved in the same transaction; an unknown account gets no event.
    /// </summary>
    public async Task FailedAsync(SignInGate gate, TrainingUser? account)
    {
        var failure = db.Set<SignInFailure>().Where(f => f.Id == gate.Attempt.Id);
        if (account is null)
        {
            await failure.ExecuteUpdateAsync(f => f.SetProperty(x => x.Pending, false), CancellationToken.None);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        await failure.ExecuteUpdateAsync(f => f.SetProperty(x => x.Pending, false), CancellationToken.None);
        var since = DateTime.UtcNow - Limits.Window;
        var failures = await db.Set<SignInFailure>().AsNoTracking()
            .CountAsync(f => f.AccountKey == gate.Attempt.AccountKey && f.Client == gate.Attempt.Client && !f.Pending && f.FailedAt > since, CancellationToken.None);
        if (failures == Limits.PerAccountAndClient)
        {
            // The client's address is the event's own (kept only while Audit:RecordClientAddress is on), not in the details.
            audit.Record(UserAudit.Record(AuditKinds.UserLockedOut, account, FormattableString.Invariant($"failed sign-ins from one client: {failures} in {Limits.Window.TotalMinutes:0} min")) with
            {
                Actor = new AuditActor(null, "sign-in"),
            });
            await db.SaveChangesAsync(CancellationToken.None);
        }

        await transaction.CommitAsync(CancellationToken.None);
    }

    /// <summary>
    /// The check did not finish (the request failed or was cancelled before the password was judged): the attempt
    /// is forgotten, as no password was judged. Best effort: while the database is away the pending row stays, and
    /// counts only against this client on this account until it leaves the window.
    /// </summary>
    public async Task AbandonedAsync(SignInGate gate)
    {
        try
        {
            await db.Set<SignInFailure>().Where(f => f.Id == gate.Attempt.Id).ExecuteDeleteAsync(CancellationToken.None);
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException or TimeoutException)
        {
            // The original failure is what the caller reports.
        }
    }

    /// <summary>A password reset proves the mailbox: the resetting client's failures on the account go.</summary>
    public Task ClearAsync(string email, IPAddress? client, CancellationToken cancellationToken = default)
    {
        var (account, clientKey) = (AccountKey(email), ClientKey(client));
        return db.Set<SignInFailure>().Where(f => f.AccountKey == account && f.Client == clientKey).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>An administrator's unlock: every client's failures on the account go.</summary>
    public Task ClearAccountAsync(string email, CancellationToken cancellationToken = default)
    {
        var account = AccountKey(email);
        return db.Set<SignInFailure>().Where(f => f.AccountKey == account).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>How many clients are refused on the account right now (for the administrator's user page).</summary>
    public async Task<int> RefusedClientsAsync(string email, CancellationToken cancellationToken = default)
    {
        var account = AccountKey(email);
        var since = DateTime.UtcNow - Limits.Window;
        var counts = await db.Set<SignInFailure>().AsNoTracking()
            .Where(f => f.AccountKey == account && f.FailedAt > since)
            .GroupBy(f => f.Client)
            .Select(g => g.Count())
            .ToListAsync(cancellationToken);
        return counts.Count(c => c >= Limits.PerAccountAndClient);
    }

    /// <summary>
    /// With <paramref name="limit"/> or more earlier failures in the window, the attempt is refused until the
    /// limit-th newest of them leaves the window; otherwise null.
    /// </summary>
    private async Task<DateTime?> RefusedUntilAsync(IQueryable<DateTime> failures, int limit, CancellationToken cancellationToken)
    {
        var limitth = await failures.OrderByDescending(t => t).Skip(Math.Max(0, limit - 1)).Select(t => (DateTime?)t).FirstOrDefaultAsync(cancellationToken);
        return limitth + Limits.Window;
    }

    private string AccountKey(string email)
    {
        var normalized = normalizer.NormalizeEmail(email.Trim()) ?? string.Empty;
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }

    /// <summary>An IPv4 address, or an IPv6 address's /64 network (one subscriber gets a whole /64 to rotate through).</summary>
    public static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private static DateTime? Later(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static DateTime Earlier(DateTime a, DateTime b) => a < b ? a : b;

    // SQLite hands DateTime back without a kind; every stored time is UTC.
    private static DateTimeOffset AsUtc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));
}
