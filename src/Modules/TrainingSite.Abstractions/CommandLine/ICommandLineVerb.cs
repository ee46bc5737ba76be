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

    /// <summary>
    /// False (the default): the host migrates the database before the verb runs. True for verbs that must see the
    /// database as it is (backup copies it unchanged; restore needs an empty one, which migrating would fill).
    /// </summary>
    bool RunsBeforeMigration => false;

    Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken);
}
