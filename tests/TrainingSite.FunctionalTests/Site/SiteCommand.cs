using System.Diagnostics;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Site;

/// <summary>Runs the built site as a real process with a verb (<c>migrate</c>, <c>backup</c>, ...), against a test database or the settings given.</summary>
public static class SiteCommand
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Task<Result> RunAsync(TestDatabase database, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var settings = new Dictionary<string, string>
        {
            ["Database__Provider"] = database.Provider.ToString(),
            ["ConnectionStrings__TrainingSite"] = database.ConnectionString,
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        return RunAsync(settings, args);
    }

    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TrainingSite.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["LANG"] = "en_US.UTF-8";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }

    public static Task<Result> RunAsync(TestDatabase database, params string[] args) => RunAsync(database, null, args);
}
