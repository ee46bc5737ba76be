using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace TrainingSite.Cluster;

/// <summary>
/// One node: <c>dotnet TrainingSite.dll</c> from the published folder, listening on a loopback port, configured by
/// environment variables as systemd would (deploy/systemd). It can be stopped gracefully (SIGTERM, as systemd stops
/// it), killed (SIGKILL, for fault tests) and started again with the same settings and search index folder.
/// </summary>
public sealed class SiteNode : IAsyncDisposable
{
    private readonly string _publishFolder;
    private readonly Dictionary<string, string> _environment;
    private Process? _process;

    /// <param name="publishFolder">From <see cref="SitePublish.FolderAsync"/>.</param>
    /// <param name="name">A short name for messages, e.g. "node1".</param>
    /// <param name="port">The loopback port the node listens on.</param>
    /// <param name="environment">Settings as environment variables (<c>Database__Provider</c>, <c>Site__PublicBaseUrl</c>, ...).</param>
    public SiteNode(string publishFolder, string name, int port, IReadOnlyDictionary<string, string> environment)
    {
        _publishFolder = publishFolder;
        Name = name;
        Port = port;
        _environment = new Dictionary<string, string>(environment) { ["Urls"] = Url };
    }

    public string Name { get; }

    public int Port { get; }

    /// <summary>The node's own address (http://127.0.0.1:port), bypassing the balancer.</summary>
    public string Url => $"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>"127.0.0.1:port", as nginx's $upstream_addr names this node.</summary>
    public string Address => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    public IReadOnlyDictionary<string, string> Environment => _environment;

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>What the node wrote to its console (since it was created, across restarts; the last 256 KiB).</summary>
    public OutputTail Output { get; } = new();

    /// <summary>Starts the node and waits until <c>/health</c> answers 200 (migrations and first-run recipes done).</summary>
    public async Task StartAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"{Name} is already running");
        }

        _process?.Dispose();
        Output.Append($"--- {Name} starting on {Url} ---");
        _process = Process.Start(StartInfo([])) ?? throw new InvalidOperationException("dotnet did not start");
        Output.Follow(_process);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(3));
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode} while starting:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync($"{Url}/health", cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Busy starting.
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new TimeoutException($"{Name} did not answer /health with 200 within {timeout ?? TimeSpan.FromMinutes(3)}:\n{Output}");
    }

    /// <summary>Stops the node as systemd does: SIGTERM, Kestrel finishes the requests in flight; SIGKILL after <paramref name="timeout"/>.</summary>
    public async Task StopAsync(TimeSpan? timeout = null)
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        using (var signal = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await signal.WaitForExitAsync();
        }

        using var wait = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
        }
    }

    /// <summary>Kills the node at once (SIGKILL, like <c>kill -9</c>): no request finishes, nothing is flushed.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    /// <summary>Stops the node gracefully (if running) and starts it again with the same settings.</summary>
    public async Task RestartAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        await StopAsync();
        await StartAsync(timeout, cancellationToken);
    }

    /// <summary>
    /// Runs a command-line verb of the site with this node's settings (<c>admin create --email ...</c>,
    /// <c>recipe import file</c>, <c>migrate</c>) and returns what it printed; fails with its output when it fails.
    /// </summary>
    public async Task<string> RunVerbAsync(params string[] args)
    {
        using var process = Process.Start(StartInfo(args)) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', args)} failed ({process.ExitCode}): {await output}{await error}");
        }

        return await output;
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process?.Dispose();
        _process = null;
        return ValueTask.CompletedTask;
    }

    private ProcessStartInfo StartInfo(string[] args)
    {
        // The published folder is the content root (wwwroot is found there), as WorkingDirectory= in the unit.
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _publishFolder,
        };
        start.ArgumentList.Add(Path.Combine(_publishFolder, "TrainingSite.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }
}
