using Microsoft.Extensions.Diagnostics.HealthChecks;
using TrainingSite.Search.Analysis;

namespace TrainingSite.Guidance.Search;

/// <summary>
/// Reports this node's index: its documents (translations), cursor, how many tasks it is behind (lag), whether
/// it is rebuilding, and the analysis libraries. Degraded (not down) when a library is missing or the index is
/// not built: results are still served.
/// </summary>
public sealed class SearchHealthCheck(TextAnalyzer analyzer, GuidanceSearchIndex index) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = analyzer.Status;
        var data = new Dictionary<string, object> { ["snowball"] = status.Stemmers, ["voikko"] = status.Voikko };
        var node = index.TryOpen();
        if (node is null)
        {
            return HealthCheckResult.Degraded($"the index folder {index.Folder} is held by another process", data: data);
        }

        var state = node.State;
        data["documents"] = state.Documents;
        data["cursor"] = state.Cursor;
        data["rebuilding"] = state.Rebuilding;
        try
        {
            data["lag"] = await index.LagAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            data["lag"] = "unknown: the database is unreachable"; // the database check reports the outage
        }

        if (status.Degraded)
        {
            return HealthCheckResult.Degraded($"missing: {string.Join(", ", status.Missing())}", data: data);
        }

        return state.Exists
            ? HealthCheckResult.Healthy("Finnish, Swedish and English analysis available", data)
            : HealthCheckResult.Degraded("the index is being built", data: data);
    }
}
