using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.CommandLine;
using TrainingSite.Backups.Services;
using TrainingSite.Data.Configuration;

namespace TrainingSite.Backups.CommandLine;

/// <summary><c>-- restore FILE [--force]</c>: the backup into an empty database (or, with --force, in place of it), migrated forward.</summary>
public sealed class RestoreVerb(BackupRestorer restorer, IStringLocalizer<BackupsStrings> strings, DatabaseOptions options) : ICommandLineVerb
{
    public string Name => "restore";

    public string Usage => "restore <file> [--force]  restore a backup into an empty database (--force replaces a non-empty one), then migrate it";

    /// <summary>Migrating first would fill the empty database the restore needs.</summary>
    public bool RunsBeforeMigration => true;

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var force = args.Contains("--force", StringComparer.Ordinal);
        var files = args.Where(a => a != "--force").ToList();
        if (files is not [var file] || file.StartsWith('-'))
        {
            await error.WriteLineAsync($"usage: {Usage}");
            return 2;
        }

        try
        {
            var result = await restorer.RestoreAsync(file, force, cancellationToken);
            var manifest = result.Manifest;
            await output.WriteLineAsync(strings["Restored", Path.GetFullPath(file), manifest.CreatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture), manifest.SchemaVersion]);
            if (result.Migrated.Count > 0)
            {
                await output.WriteLineAsync(strings["MigratedForward", result.Migrated[^1]]);
            }

            await output.WriteLineAsync(strings["IndexesRebuild"]);
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
