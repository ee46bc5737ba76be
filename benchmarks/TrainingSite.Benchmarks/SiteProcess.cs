using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace TrainingSite.Benchmarks;

/// <summary>The site (TrainingSite.dll beside this program) as a process of its own, as it runs in production.</summary>
public sealed partial class SiteProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SiteProcess(Process process, string url)
    {
        _process = process;
        Url = url;
        process.OutputDataReceived += (_, e) => { lock (_output) { _output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (_output) { _output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Url { get; }

    public string Output
    {
        get { lock (_output) { return _output.ToString(); } }
    }

    /// <summary>Runs a command-line verb of the site (migrate, recipe import ...), fails loudly if it fails, returns what it printed.</summary>
    public static async Task<string> RunVerbAsync(BenchmarkDatabase database, params string[] args)
    {
        using var process = Process.Start(Start(database, args, new Dictionary<string, string>())) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', args)} failed: {await output}{await error}");
        }

        return await output;
    }

    public static async Task<SiteProcess> StartAsync(BenchmarkDatabase database, int port, bool logCommands = false)
    {
        var url = $"http://127.0.0.1:{port}";
        var settings = new Dictionary<string, string>
        {
            ["Urls"] = url,
            ["Recipes__ApplyOnFirstRun"] = "false",
            // The benchmark measures the search, not the per-address limiter (one address sends every request).
            ["RateLimits__Search"] = "100000000",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command"] = logCommands ? "Information" : "Warning",
        };
        var process = Process.Start(Start(database, [], settings)) ?? throw new InvalidOperationException("dotnet did not start");
        var site = new SiteProcess(process, url);
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                if ((await http.GetAsync($"{url}/health")).StatusCode == HttpStatusCode.OK)
                {
                    return site;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException("The site did not start:\n" + site.Output);
    }

    /// <summary>How many SQL commands EF executed, from the command log (logCommands: true).</summary>
    public int CommandCount => ExecutedCommand().Count(Output);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static ProcessStartInfo Start(BenchmarkDatabase database, string[] args, IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = database.Folder };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TrainingSite.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Database__Provider"] = database.Provider;
        start.Environment["ConnectionStrings__TrainingSite"] = database.ConnectionString;
        start.Environment["Search__IndexFolder"] = database.IndexFolder;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    [GeneratedRegex("Executed DbCommand")]
    private static partial Regex ExecutedCommand();
}
