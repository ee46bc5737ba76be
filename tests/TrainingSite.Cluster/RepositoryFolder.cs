namespace TrainingSite.Cluster;

/// <summary>The repository (the folder holding TrainingSite.sln), found by walking up from the running program.</summary>
public static class RepositoryFolder
{
    public static string Root { get; } = FindRoot();

    public static string Deploy => Path.Combine(Root, "deploy");

    public static string ContentRecipes => Path.Combine(Root, "content-recipes");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "TrainingSite.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("TrainingSite.sln not found above " + AppContext.BaseDirectory);
    }
}
