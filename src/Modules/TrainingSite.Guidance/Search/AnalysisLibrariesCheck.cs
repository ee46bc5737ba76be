using Microsoft.Extensions.Diagnostics.HealthChecks;
using TrainingSite.Search.Analysis;

namespace TrainingSite.Guidance.Search;

/// <summary>
/// /health/ready: the native analysis libraries (libstemmer, libvoikko with its Finnish dictionary) are loaded. Search
/// works without them but finds less, so a node missing one is not ready: install the package the check names.
/// </summary>
public sealed class AnalysisLibrariesCheck(TextAnalyzer analyzer) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = analyzer.Status;
        var data = new Dictionary<string, object> { ["snowball"] = status.Stemmers, ["voikko"] = status.Voikko };
        return Task.FromResult(status.Degraded
            ? HealthCheckResult.Unhealthy($"missing: {string.Join(", ", status.Missing())}", data: data)
            : HealthCheckResult.Healthy("libstemmer and libvoikko loaded", data));
    }
}
