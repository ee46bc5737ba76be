using Microsoft.Extensions.Logging;

namespace TrainingSite.Data.Availability;

/// <summary>
/// Knows whether the database is away, so an outage is logged once when it starts and once when it ends (with
/// how many requests were answered 503 meanwhile) instead of a stack trace per request. Requests report a
/// failure to reach the database; any command that completes reports that it is back.
/// </summary>
public sealed class DatabaseAvailability(ILogger<DatabaseAvailability> logger, TimeProvider time)
{
    /// <summary>What a client is told to wait before trying again (Retry-After).</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);

    private readonly Lock _lock = new();
    private DateTimeOffset? _awaySince;
    private int _failedRequests;
    private volatile bool _away;

    public bool IsAway => _away;

    /// <summary>A request could not be served because the database could not be reached.</summary>
    public void RequestFailed(Exception exception)
    {
        lock (_lock)
        {
            _failedRequests++;
            if (_awaySince is not null)
            {
                return;
            }

            _awaySince = time.GetUtcNow();
            _away = true;
            _failedRequests = 1;
        }

        // The reason in one line: the stack trace says nothing an operator can act on here.
        logger.LogError("The database cannot be reached ({Reason}); pages answer 503 until it is back", Reason(exception));
    }

    /// <summary>A command completed: if the database was away, it is back.</summary>
    public void Reached()
    {
        if (!_away)
        {
            return;
        }

        TimeSpan duration;
        int failed;
        lock (_lock)
        {
            if (_awaySince is not { } since)
            {
                return;
            }

            duration = time.GetUtcNow() - since;
            failed = _failedRequests;
            _awaySince = null;
            _away = false;
        }

        logger.LogWarning("The database is reachable again after {Seconds:0} s; {FailedRequests} requests were answered 503 meanwhile", duration.TotalSeconds, failed);
    }

    private static string Reason(Exception exception)
    {
        var reasons = new List<string>();
        for (Exception? current = exception; current is not null && reasons.Count < 3; current = current.InnerException)
        {
            reasons.Add($"{current.GetType().Name}: {current.Message}");
        }

        return string.Join(" <- ", reasons);
    }
}
