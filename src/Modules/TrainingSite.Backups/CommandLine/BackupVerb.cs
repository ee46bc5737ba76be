using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.CommandLine;
using TrainingSite.Backups.Services;
using TrainingSite.Data.Configuration;

namespace TrainingSite.Backups.CommandLine;

/// <summary><c>-- backup FILE</c>: a consistent copy of the whole site, taken while it runs.</summary>
public sealed class BackupVerb(BackupWriter writer, IStringLocalizer<BackupsStrings> strings, DatabaseOptions options) : ICommandLineVerb
{
    public string Name => "backup";

    public string Usage => "backup <file>            write a consistent copy of the whole database (SQLite or pg_dump) while the site runs";

    /// <summary>The database is copied as it is; the verb never migrates it.</summary>
    public bool RunsBeforeMigration => true;

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args is not [var file] || file.StartsWith('-'))
        {
            await error.WriteLineAsync($"usage: {Usage}");
            return 2;
        }

        try
        {
            var manifest = await writer.WriteAsync(file, cancellationToken);
            var size = new FileInfo(file).Length;
            await output.WriteLineAsync(strings["BackupWritten", Path.GetFullPath(file), manifest.Provider, manifest.SchemaVersion, manifest.CreatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture), size]);
            return 0;
        }
        catch (BackupException exception)
        {
            await error.WriteLineAsync(exception.Message);
            return 1;
        }
        catch (Exception exception) when (DatabaseErrors.IsConnectionFailure(exception))
        {
            throw DatabaseErrors.Explain(exception, options); // the host prints it in one paragraph
        }
    }
}
