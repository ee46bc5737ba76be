using TrainingSite.Cluster;

namespace TrainingSite.Benchmarks;

/// <summary>
/// Where the exam's learners go: one node (the benchmark's own build, as the other scenarios run it), or two or
/// more published nodes on one PostgreSQL database behind Debian's nginx (TrainingSite.Cluster, as the deployment
/// test runs them).
/// </summary>
public sealed class ExamSite : IAsyncDisposable
{
    private readonly SiteProcess? _single;

    private ExamSite(string url, SiteProcess? single, SiteCluster? cluster)
    {
        Url = url;
        _single = single;
        Cluster = cluster;
    }

    public string Url { get; }

    /// <summary>The nodes and nginx; null with one node.</summary>
    public SiteCluster? Cluster { get; }

    public static async Task<ExamSite> StartAsync(BenchmarkDatabase database, int nodes)
    {
        if (nodes == 1)
        {
            var single = await SiteProcess.StartAsync(database, 5600 + Random.Shared.Next(300));
            return new ExamSite(single.Url, single, null);
        }

        Console.WriteLine($"Publishing the site and starting {nodes} nodes behind nginx ...");
        var cluster = await SiteCluster.StartAsync(new ClusterOptions
        {
            ConnectionString = database.ConnectionString,
            NodeCount = nodes,
            Settings = new Dictionary<string, string> { ["Recipes__ApplyOnFirstRun"] = "false" },
        });
        return new ExamSite(cluster.Url, null, cluster);
    }

    public async ValueTask DisposeAsync()
    {
        if (_single is not null)
        {
            await _single.DisposeAsync();
        }

        if (Cluster is not null)
        {
            await Cluster.DisposeAsync();
        }
    }
}
