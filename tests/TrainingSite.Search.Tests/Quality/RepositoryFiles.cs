namespace TrainingSite.Search.Tests.Quality;

/// <summary>Files of the repository, found by walking up from the test's output folder to TrainingSite.sln.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string GuidanceRecipe => Path.Combine(Root, "content-recipes", "guidance.recipe.json");

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
