using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TrainingSite.Guidance.Search;

/// <summary>
/// /health/ready: this node's Lucene index is open (no other process holds its folder) and exists. A rebuild beside a
/// live index is ready (the old index answers); a node whose index is still missing is not.
/// </summary>
public sealed class SearchIndexReadyCheck(GuidanceSearchIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["folder"] = index.Folder };
        if (index.TryOpen() is not { } node)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("the index folder is held by another process", data: data));
        }

        var state = node.State;
        data["documents"] = state.Documents;
        data["rebuilding"] = state.Rebuilding;
        return Task.FromResult(state.Exists
            ? HealthCheckResult.Healthy("the search index is open", data)
            : HealthCheckResult.Unhealthy("the search index is missing (being built)", data: data));
    }
}
