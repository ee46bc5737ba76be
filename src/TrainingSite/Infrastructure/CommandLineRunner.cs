using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.CommandLine;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Data;
using TrainingSite.Data.Configuration;

namespace TrainingSite.Infrastructure;

/// <summary>
/// <c>dotnet run --project src/TrainingSite -- VERB ...</c>: the host's own verbs (migrate, schema, help)
/// and those the modules register (admin, recipe, ...). Exit code 0 on success.
/// </summary>
public static class CommandLineRunner
{
    private const string HostUsage =
        "migrate                  apply pending database migrations\n" +
        "schema script            print the EF model's CREATE script for the configured provider (for writing migrations)\n" +
        "help                     this list";

    /// <summary>The verb in the arguments, or null when the site should run.</summary>
    public static string? Verb(string[] args) =>
        args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=', StringComparison.Ordinal) ? args[0] : null;

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        UseConsoleCulture();
        var verb = args[0];
        var rest = args.Skip(1).ToList();
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            var verbs = scope.ServiceProvider.GetServices<ICommandLineVerb>().ToDictionary(v => v.Name, StringComparer.Ordinal);
            switch (verb)
            {
                case "migrate":
                    await StartupTaskRunner.RunAsync(app.Services, DatabaseTasks, CancellationToken.None);
                    await Console.Out.WriteLineAsync("The database schema is up to date.");
                    return 0;
                case "schema" when rest is ["script"]:
                    await Console.Out.WriteLineAsync(scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Database.GenerateCreateScript());
                    return 0;
                case "help" or "--help":
                    await PrintUsageAsync(verbs.Values, Console.Out);
                    return 0;
            }

            if (!verbs.TryGetValue(verb, out var command))
            {
                await Console.Error.WriteLineAsync($"Unknown command '{verb}'.");
                await PrintUsageAsync(verbs.Values, Console.Error);
                return 2;
            }

            if (!command.RunsBeforeMigration)
            {
                await StartupTaskRunner.RunAsync(app.Services, DatabaseTasks, CancellationToken.None);
            }

            return await command.RunAsync(rest, Console.Out, Console.Error, CancellationToken.None);
        }
        catch (DatabaseConfigurationException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 1;
        }
    }

    private static async Task PrintUsageAsync(IEnumerable<ICommandLineVerb> verbs, TextWriter writer)
    {
        await writer.WriteLineAsync("usage: dotnet run --project src/TrainingSite -- <command>\n");
        await writer.WriteLineAsync(HostUsage);
        foreach (var verb in verbs.OrderBy(v => v.Name, StringComparer.Ordinal))
        {
            await writer.WriteLineAsync(verb.Usage);
        }
    }

    /// <summary>Messages in Finnish or Swedish when the shell's LANG says so, otherwise in English.</summary>
    /// <summary>Commands need the schema and the roles, not the first run's recipes or the serving site's checks and warnings.</summary>
    private static bool DatabaseTasks(IStartupTask task) => task.Order is >= StartupTaskOrder.Migrate and < StartupTaskOrder.FirstRunRecipes;

    private static void UseConsoleCulture()
    {
        var lang = Environment.GetEnvironmentVariable("LANG") ?? string.Empty;
        var culture = lang.StartsWith("fi", StringComparison.Ordinal) ? "fi" : lang.StartsWith("sv", StringComparison.Ordinal) ? "sv" : "en";
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
    }
}
