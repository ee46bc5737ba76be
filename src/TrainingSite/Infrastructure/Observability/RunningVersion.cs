using System.Reflection;
using System.Text.RegularExpressions;

namespace TrainingSite.Infrastructure.Observability;

/// <summary>
/// The version of the build that runs, from the site assembly's informational version. The SDK appends the source
/// revision after a '+' when the build knows it (Source Link reads the git commit into <c>SourceRevisionId</c>), so
/// "1.0.0+3f2a…" reads as version 1.0.0 of commit 3f2a…; without one the version stands alone. /status shows it to
/// people and the health probes' JSON carries it as <c>version</c>.
/// </summary>
public sealed partial record RunningVersion(string Number, string? Commit)
{
    /// <summary>The site's own version (every project of the solution shares it).</summary>
    public static RunningVersion Current { get; } = Of(typeof(RunningVersion).Assembly);

    /// <summary>As the assembly states it: the number, then '+' and the commit when there is one.</summary>
    public string Informational => Commit is null ? Number : $"{Number}+{Commit}";

    /// <summary>The commit's first 12 characters, as people quote it; null without a commit.</summary>
    public string? ShortCommit => Commit is { Length: > 12 } ? Commit[..12] : Commit;

    public static RunningVersion Of(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "0.0.0";
        return Parse(informational);
    }

    /// <summary>"1.0.0+&lt;hex commit&gt;" splits in two; any other build metadata stays part of the number.</summary>
    public static RunningVersion Parse(string informational)
    {
        ArgumentNullException.ThrowIfNull(informational);
        var plus = informational.LastIndexOf('+');
        return plus > 0 && CommitPattern().IsMatch(informational[(plus + 1)..])
            ? new RunningVersion(informational[..plus], informational[(plus + 1)..])
            : new RunningVersion(informational, null);
    }

    [GeneratedRegex("^[0-9a-fA-F]{7,64}$")]
    private static partial Regex CommitPattern();
}
