using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace TrainingSite.Cluster;

/// <summary>
/// Debian's nginx in the foreground, balancing the nodes as deploy/nginx configures production: the upstream block
/// of deploy/nginx/trainingsite.conf with only the node addresses substituted, and deploy/nginx/trainingsite-proxy.conf
/// included unchanged, in a plain-HTTP server on a loopback port (TLS is the only part left out). Its pid file, logs
/// and temp folders live in a folder of its own; the system's nginx service is never touched.
/// </summary>
public sealed partial class NginxBalancer : IAsyncDisposable
{
    /// <summary>Where Debian installs nginx (apt-get install nginx).</summary>
    public const string Executable = "/usr/sbin/nginx";

    private readonly Process _process;

    private NginxBalancer(Process process, string folder, int port)
    {
        _process = process;
        Folder = folder;
        Port = port;
    }

    /// <summary>The public address: http://127.0.0.1:port.</summary>
    public string Url => $"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    public int Port { get; }

    /// <summary>nginx.conf, the pid file, access.log, error.log and temp folders.</summary>
    public string Folder { get; }

    public OutputTail Output { get; } = new();

    public string AccessLog => ReadLog("access.log");

    public string ErrorLog => ReadLog("error.log");

    /// <summary>
    /// Writes the configuration and starts nginx on <paramref name="port"/> in front of <paramref name="nodes"/>
    /// ("127.0.0.1:5001"), waiting until it accepts connections.
    /// </summary>
    /// <param name="serverDirectives">
    /// Extra directives for the server block, e.g. <c>add_header X-Upstream $upstream_addr always;</c> so a test can
    /// see which node answered.
    /// </param>
    public static async Task<NginxBalancer> StartAsync(IReadOnlyList<string> nodes, int port, string folder, string serverDirectives = "")
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException(
                $"nginx is not installed ({Executable} not found). Install Debian's package: sudo apt-get install nginx " +
                "(./test.sh installs it when run as root). The system service need not run: the tests start nginx themselves.");
        }

        Directory.CreateDirectory(folder);
        var configuration = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(configuration, Configuration(nodes, port, folder, serverDirectives));

        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-p", folder + "/", "-c", configuration, "-e", Path.Combine(folder, "error.log") })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start");
        var balancer = new NginxBalancer(process, folder, port);
        balancer.Output.Follow(process);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited with code {process.ExitCode}:\n{balancer.Output}\n{balancer.ErrorLog}\nConfiguration:\n{File.ReadAllText(configuration)}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return balancer;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        await balancer.DisposeAsync();
        throw new TimeoutException($"nginx did not listen on {port}:\n{balancer.Output}\n{balancer.ErrorLog}");
    }

    /// <summary>The upstream block of deploy/nginx/trainingsite.conf with one server line per node.</summary>
    public static string Upstream(IReadOnlyList<string> nodes)
    {
        var site = File.ReadAllText(Path.Combine(RepositoryFolder.Deploy, "nginx", "trainingsite.conf"));
        var block = UpstreamBlock().Match(site);
        if (!block.Success)
        {
            throw new InvalidOperationException("deploy/nginx/trainingsite.conf has no 'upstream trainingsite { ... }' block");
        }

        var servers = ServerLine().Matches(block.Value);
        if (servers.Count == 0)
        {
            throw new InvalidOperationException("The upstream block of deploy/nginx/trainingsite.conf has no server line");
        }

        // The first server line's parameters (max_fails, fail_timeout ...) for every node; the other lines go.
        var first = servers[0];
        var lines = string.Join(string.Empty, nodes.Select(n => $"{first.Groups["indent"].Value}server {n}{first.Groups["parameters"].Value};\n"));
        var text = block.Value;
        for (var i = servers.Count - 1; i >= 0; i--)
        {
            text = text.Remove(servers[i].Index, servers[i].Length).Insert(servers[i].Index, i == 0 ? lines : string.Empty);
        }

        return text;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGQUIT: nginx's graceful shutdown (SIGTERM is its fast one); both end the workers too.
            using (var signal = Process.Start("kill", ["-QUIT", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await signal.WaitForExitAsync();
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }

    private static string Configuration(IReadOnlyList<string> nodes, int port, string folder, string serverDirectives)
    {
        var proxy = Path.Combine(RepositoryFolder.Deploy, "nginx", "trainingsite-proxy.conf");
        var text = new StringBuilder();
        text.AppendLine("# Written by TrainingSite.Cluster.NginxBalancer: deploy/nginx with loopback addresses, in the foreground.");
        if (System.Environment.UserName == "root")
        {
            // Workers run as nobody otherwise, and could not write the temp folders made by root.
            text.AppendLine("user root;");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $$"""
            daemon off;
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log notice;
            events { worker_connections 1024; }
            http {
                include /etc/nginx/mime.types;
                default_type application/octet-stream;
                access_log {{folder}}/access.log;
                client_body_temp_path {{folder}}/client_body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;

            {{Upstream(nodes)}}

                server {
                    listen 127.0.0.1:{{port}};
                    server_name _;
                    {{serverDirectives}}
                    include {{proxy}};
                }
            }
            """);
        return text.ToString();
    }

    private string ReadLog(string name)
    {
        var path = Path.Combine(Folder, name);
        if (!File.Exists(path))
        {
            return string.Empty;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"upstream\s+trainingsite\s*\{[^}]*\}")]
    private static partial Regex UpstreamBlock();

    [GeneratedRegex(@"^(?<indent>[ \t]*)server\s+[^\s;]+(?<parameters>[^;]*);[ \t]*\r?\n", RegexOptions.Multiline)]
    private static partial Regex ServerLine();
}
