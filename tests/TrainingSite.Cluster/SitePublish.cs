using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TrainingSite.Cluster;

/// <summary>
/// The site as <c>dotnet publish src/TrainingSite -c Release</c> makes it, in a folder under the system's temp folder.
/// Published once per process; a publish of the same sources (same newest change time under src/ and the build
/// files) made earlier, by this or another run, is reused. A changed source gets a new folder, so nodes still
/// running from an older one are never overwritten under their feet.
/// </summary>
public static class SitePublish
{
    private const string CompleteMarker = ".published";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _folder;

    /// <summary>Where publishes go: one folder per source state, the older ones deleted after a day.</summary>
    public static string Parent { get; } = Path.Combine(Path.GetTempPath(), "trainingsite-cluster", "publish");

    /// <summary>The published site's folder (TrainingSite.dll inside), publishing it first when needed.</summary>
    public static async Task<string> FolderAsync(CancellationToken cancellationToken = default)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            return _folder ??= await PublishAsync(cancellationToken);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<string> PublishAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Parent);
        var folder = Path.Combine(Parent, SourceState());
        // Another process (the test and a benchmark at once) may be publishing the same state: one at a time.
        await using var exclusive = await LockAsync(Path.Combine(Parent, ".lock"), cancellationToken);
        if (File.Exists(Path.Combine(folder, CompleteMarker)))
        {
            return folder;
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryFolder.Root };
        foreach (var arg in new[] { "publish", Path.Combine("src", "TrainingSite"), "-c", "Release", "-o", folder, "-nologo", "-v", "quiet", "--disable-build-servers" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish src/TrainingSite failed ({process.ExitCode}):\n{await output}{await error}");
        }

        await File.WriteAllTextAsync(Path.Combine(folder, CompleteMarker), DateTimeOffset.UtcNow.ToString("O"), cancellationToken);
        DeleteOldPublishes(folder);
        return folder;
    }

    /// <summary>A name for the sources' state: a hash of the repository path and the newest change under src/.</summary>
    private static string SourceState()
    {
        var root = RepositoryFolder.Root;
        var sources = Directory.EnumerateFiles(Path.Combine(root, "src"), "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Concat(new[] { "Directory.Build.props", "Directory.Packages.props", "global.json" }.Select(f => Path.Combine(root, f)).Where(File.Exists));
        var newest = sources.Max(File.GetLastWriteTimeUtc);
        var key = $"{root}|{newest.Ticks.ToString(CultureInfo.InvariantCulture)}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
    }

    private static void DeleteOldPublishes(string keep)
    {
        foreach (var folder in Directory.GetDirectories(Parent).Where(f => f != keep && Directory.GetLastWriteTimeUtc(f) < DateTime.UtcNow.AddDays(-1)))
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // In use or half gone: left for the next run.
            }
        }
    }

    private static async Task<FileStream> LockAsync(string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(500, cancellationToken);
            }
        }
    }
}
