namespace TrainingSite.Accounts.CommandLine;

/// <summary>Reads <c>--name value</c> options from a verb's arguments.</summary>
internal static class CommandLineArguments
{
    public static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (string.Equals(args[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return args[i + 1];
            }
        }

        return null;
    }
}
