namespace TrainingSite.Testing;

/// <summary>Folders of the repository, found by walking up from the test's output folder to TrainingSite.sln.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string ContentRecipes => Path.Combine(Root, "content-recipes");

    public static string Source => Path.Combine(Root, "src");

    /// <summary>The judged query set the guidance search is measured on.</summary>
    public static string JudgedQueries => Path.Combine(Root, "tests", "search-quality", "guidance-queries.json");

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
