using System.Globalization;

namespace TrainingSite.Cluster;

/// <summary>
/// Several nodes of the published site on one database behind nginx, on loopback ports, configured as README
/// "Running in production" says: <c>Site:PublicBaseUrl</c> = the balancer's address, <c>AllowedHosts</c> its host,
/// <c>Site:KnownProxies</c> = 127.0.0.1 (nginx), each node its own <c>Search:IndexFolder</c> and mail folder, and
/// <c>ASPNETCORE_ENVIRONMENT=Production</c>.
/// <code>
/// await using var cluster = await SiteCluster.StartAsync(new ClusterOptions { ConnectionString = "Host=...;Database=..." });
/// using var http = new HttpClient { BaseAddress = new Uri(cluster.Url) };
/// cluster.Nodes[0].Kill();
/// await cluster.Nodes[0].StartAsync();
/// </code>
/// Disposing stops nginx and kills the nodes and deletes the folder (the database is the caller's).
/// </summary>
public sealed class SiteCluster : IAsyncDisposable
{
    private readonly bool _ownsFolder;

    private SiteCluster(string folder, bool ownsFolder, IReadOnlyList<SiteNode> nodes, NginxBalancer balancer)
    {
        Folder = folder;
        _ownsFolder = ownsFolder;
        Nodes = nodes;
        Balancer = balancer;
    }

    public IReadOnlyList<SiteNode> Nodes { get; }

    public NginxBalancer Balancer { get; }

    /// <summary>The public address, through nginx.</summary>
    public string Url => Balancer.Url;

    public string Folder { get; }

    /// <summary>
    /// Publishes the site (once per process), starts the nodes one after another (the first applies migrations and
    /// first-run recipes alone), then nginx in front of them.
    /// </summary>
    public static async Task<SiteCluster> StartAsync(ClusterOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.NodeCount, 1);
        var publish = await SitePublish.FolderAsync(cancellationToken);
        var folder = options.Folder ?? Path.Combine(Path.GetTempPath(), "trainingsite-cluster", "run-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var balancerPort = FreePort.Next();
        var publicUrl = $"http://127.0.0.1:{balancerPort.ToString(CultureInfo.InvariantCulture)}";

        var nodes = new List<SiteNode>();
        NginxBalancer? balancer = null;
        try
        {
            for (var i = 1; i <= options.NodeCount; i++)
            {
                var name = "node" + i.ToString(CultureInfo.InvariantCulture);
                var node = new SiteNode(publish, name, FreePort.Next(), NodeEnvironment(options, publicUrl, Path.Combine(folder, name)));
                nodes.Add(node);
                await node.StartAsync(options.StartTimeout, cancellationToken);
            }

            balancer = await NginxBalancer.StartAsync([.. nodes.Select(n => n.Address)], balancerPort, Path.Combine(folder, "nginx"), options.BalancerDirectives);
            return new SiteCluster(folder, options.Folder is null, nodes, balancer);
        }
        catch
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }

            if (balancer is not null)
            {
                await balancer.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>What every node logged and nginx's error log, for a failing test's message.</summary>
    public string Diagnostics() =>
        string.Join("\n", Nodes.Select(n => $"===== {n.Name} ({n.Address}) =====\n{n.Output}"))
        + $"\n===== nginx error.log =====\n{Balancer.ErrorLog}";

    public async ValueTask DisposeAsync()
    {
        await Balancer.DisposeAsync();
        foreach (var node in Nodes)
        {
            await node.DisposeAsync();
        }

        if (_ownsFolder)
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open: the temp folder is cleaned by the system later.
            }
        }
    }

    private static Dictionary<string, string> NodeEnvironment(ClusterOptions options, string publicUrl, string nodeFolder)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = options.DatabaseProvider,
            ["ConnectionStrings__TrainingSite"] = options.ConnectionString,
            ["Site__PublicBaseUrl"] = publicUrl,
            ["AllowedHosts"] = "127.0.0.1;localhost",
            ["Site__KnownProxies__0"] = "127.0.0.1",
            ["Search__IndexFolder"] = Path.Combine(nodeFolder, "search"),
            ["Mail__PickupFolder"] = Path.Combine(nodeFolder, "mail"),
            ["Recipes__Folder"] = RepositoryFolder.ContentRecipes,
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        };
        foreach (var (key, value) in options.Settings)
        {
            environment[key] = value;
        }

        return environment;
    }
}
