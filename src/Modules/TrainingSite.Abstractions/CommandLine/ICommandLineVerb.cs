namespace TrainingSite.Abstractions.CommandLine;

/// <summary>
/// A command-line verb a module offers: <c>dotnet run --project src/TrainingSite -- NAME ARGS</c>.
/// Returns the process exit code: 0 on success, non-zero with the problems written to <c>error</c>.
/// </summary>
public interface ICommandLineVerb
{
    string Name { get; }

    /// <summary>One or more usage lines, shown by <c>-- help</c>.</summary>
    string Usage { get; }

    Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken);
}
