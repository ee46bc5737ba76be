namespace TrainingSite.Cluster;

/// <summary>What <see cref="SiteCluster.StartAsync"/> starts.</summary>
public sealed class ClusterOptions
{
    /// <summary><c>Database:Provider</c>: Postgres for several nodes (Sqlite works for one node).</summary>
    public string DatabaseProvider { get; init; } = "Postgres";

    /// <summary><c>ConnectionStrings:TrainingSite</c>, the one database every node uses.</summary>
    public required string ConnectionString { get; init; }

    public int NodeCount { get; init; } = 2;

    /// <summary>
    /// Settings for every node as environment variables (<c>Recipes__ApplyOnFirstRun</c> = false,
    /// <c>Logging__LogLevel__Default</c> ...); they win over the cluster's own.
    /// </summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>Extra directives for nginx's server block (see <see cref="NginxBalancer.StartAsync"/>).</summary>
    public string BalancerDirectives { get; init; } = string.Empty;

    /// <summary>Where the nodes' search indexes, mail and nginx's files go; a new temp folder when null.</summary>
    public string? Folder { get; init; }

    /// <summary>How long a node may take to answer /health on its first start (migrations, first-run recipes).</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromMinutes(3);
}
