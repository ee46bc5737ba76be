using Microsoft.Extensions.Diagnostics.HealthChecks;
using TrainingSite.Data;

namespace TrainingSite.Infrastructure;

/// <summary>/health reports the database: reachable and migrated is healthy; otherwise unhealthy (503).</summary>
public sealed class DatabaseHealthCheck(DatabaseHealth database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var state = await database.CheckAsync(cancellationToken);
        var data = new Dictionary<string, object>
        {
            ["provider"] = state.Provider,
            ["reachable"] = state.Reachable,
            ["pendingMigrations"] = state.PendingMigrations,
        };
        return state.Healthy
            ? HealthCheckResult.Healthy($"{state.Provider} database reachable and up to date", data)
            : HealthCheckResult.Unhealthy(state.Reachable ? "Database schema is not up to date" : "Database unreachable", data: data);
    }
}
