using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.CommandLine;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Recipes.Services;

namespace TrainingSite.Recipes.CommandLine;

/// <summary>
/// <c>-- recipe import|validate|export FILE</c>. Exit code 0 on success, 1 with the problems on standard error and their
/// count in the console's language (the host picks fi, sv or en from LANG), as the import page counts them.
/// </summary>
public sealed class RecipeVerb(RecipeEngine engine, IStringLocalizer<RecipesStrings> strings) : ICommandLineVerb
{
    public string Name => "recipe";

    public string Usage =>
        "recipe import <file>     validate, then apply in one transaction\n" +
        "recipe validate <file>   report problems, write nothing\n" +
        "recipe export <file>     the site's content as one recipe";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args.Count != 2 || args[0] is not ("import" or "validate" or "export"))
        {
            await error.WriteLineAsync($"usage:\n{Usage}");
            return 2;
        }

        var (action, file) = (args[0], Path.GetFullPath(args[1]));
        if (action == "export")
        {
            await File.WriteAllTextAsync(file, await engine.ExportAsync(cancellationToken), cancellationToken);
            await output.WriteLineAsync($"Exported to {file}");
            return 0;
        }

        if (!File.Exists(file))
        {
            await error.WriteLineAsync($"{file}: file not found");
            return 1;
        }

        var json = await File.ReadAllTextAsync(file, cancellationToken);
        var result = action == "import"
            ? await engine.ImportAsync(json, "command-line", cancellationToken, RecipeEngine.CommandLineActor)
            : await engine.ValidateAsync(json, cancellationToken);
        foreach (var problem in result.Problems)
        {
            await error.WriteLineAsync(problem.ToString());
        }

        if (!result.Succeeded)
        {
            await error.WriteLineAsync($"{file}: {strings.Count("Recipes.Problems", result.Problems.Count)}");
            return 1;
        }

        await output.WriteLineAsync(action == "import" ? $"Imported {result.Name} from {file}" : $"{file}: valid");
        return 0;
    }
}
