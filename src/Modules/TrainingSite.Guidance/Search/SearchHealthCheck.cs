using Microsoft.Extensions.Diagnostics.HealthChecks;
using TrainingSite.Search.Analysis;

namespace TrainingSite.Guidance.Search;

/// <summary>Reports search as degraded (not down) when an analysis library is missing: results are still served.</summary>
public sealed class SearchHealthCheck(TextAnalyzer analyzer) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = analyzer.Status;
        var data = new Dictionary<string, object> { ["snowball"] = status.Stemmers, ["voikko"] = status.Voikko };
        return Task.FromResult(status.Degraded
            ? HealthCheckResult.Degraded($"missing: {string.Join(", ", status.Missing())}", data: data)
            : HealthCheckResult.Healthy("Finnish, Swedish and English analysis available", data));
    }
}
