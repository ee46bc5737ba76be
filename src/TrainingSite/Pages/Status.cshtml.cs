using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TrainingSite.Abstractions.Observability;
using TrainingSite.Infrastructure.Observability;

namespace TrainingSite.Pages;

/// <summary>
/// /status: what /health reports (the checks tagged <see cref="HealthTags.Status"/>), in plain words for people, in their
/// language. It says only whether each part works (no provider, folder, migration name or other detail of /health's JSON),
/// and which version of the site runs.
/// </summary>
public sealed class StatusModel(HealthCheckService health) : PageModel
{
    public HealthStatus Overall { get; private set; }

    /// <summary>The database: "Works", "Updating" (reachable, its schema behind) or "Unreachable".</summary>
    public string Database { get; private set; } = "Unreachable";

    /// <summary>The guidance search on this node; null when the site runs without it.</summary>
    public HealthStatus? Search { get; private set; }

    public DateTimeOffset CheckedAt { get; private set; }

    /// <summary>The build that answers: its version and, when the build embeds it, its commit.</summary>
    public RunningVersion Version => RunningVersion.Current;

    /// <summary>The summary's look: the site's notice, blue when limited, red when down.</summary>
    public string NoticeClass => Overall switch
    {
        HealthStatus.Healthy => "notice",
        HealthStatus.Degraded => "notice notice--info",
        _ => "notice notice--revoked",
    };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(check => check.Tags.Contains(HealthTags.Status), cancellationToken);
        Overall = report.Status;
        if (report.Entries.TryGetValue("database", out var database))
        {
            var reachable = database.Data.TryGetValue("reachable", out var value) && value is true;
            Database = database.Status == HealthStatus.Healthy ? "Works" : reachable ? "Updating" : "Unreachable";
        }

        Search = report.Entries.TryGetValue("search", out var search) ? search.Status : null;
        CheckedAt = DateTimeOffset.UtcNow;
        Response.Headers.CacheControl = "no-store";
    }
}
