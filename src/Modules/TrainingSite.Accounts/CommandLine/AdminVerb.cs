using TrainingSite.Abstractions.CommandLine;
using TrainingSite.Accounts.Services;

namespace TrainingSite.Accounts.CommandLine;

/// <summary><c>-- admin create --email E --password P [--name N]</c>: creates an administrator without a browser.</summary>
public sealed class AdminVerb(AdministratorSetup setup) : ICommandLineVerb
{
    public string Name => "admin";

    public string Usage => "admin create --email E --password P [--name \"Display name\"]   create an administrator";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var email = CommandLineArguments.Option(args, "--email");
        var password = CommandLineArguments.Option(args, "--password");
        if (args.Count == 0 || args[0] != "create" || string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync($"usage: {Usage}");
            return 2;
        }

        var name = CommandLineArguments.Option(args, "--name") ?? email.Split('@')[0];
        var result = await setup.CreateAsync(email.Trim(), password, name, language: null, AdministratorSetup.CommandLineActor, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var problem in result.Errors)
            {
                await error.WriteLineAsync(problem.Description);
            }

            return 1;
        }

        await output.WriteLineAsync($"Administrator {email.Trim()} created.");
        return 0;
    }
}
