using TrainingSite.Data.Configuration;
using TrainingSite.FunctionalTests.Courses;
using TrainingSite.FunctionalTests.Quizzes;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Certificates;

/// <summary>
/// A site without the shipped recipes, so "the whole package" is small and known: the regions, one national course
/// with a quiz, and one course each for Espoo and Helsinki. A certificate needs the national course and the home
/// region's course.
/// </summary>
public abstract class CertificateSite : SiteFactory
{
    public const string PublicBaseUrl = "https://koulutus.example.fi";

    public string National { get; private set; } = string.Empty;

    public string Espoo { get; private set; } = string.Empty;

    public string Helsinki { get; private set; } = string.Empty;

    protected virtual int VerifyPerMinute => 1000;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Recipes:ApplyOnFirstRun"] = "false",
        ["Site:PublicBaseUrl"] = PublicBaseUrl,
        ["Certificates:VerifyPerMinute"] = VerifyPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CourseSeed.ImportAsync(this, File.ReadAllText(Path.Combine(RepositoryPaths.ContentRecipes, "00-regions.recipe.json")));
        await CourseSeed.ImportAsync(this, File.ReadAllText(Path.Combine(RepositoryPaths.ContentRecipes, "guidance.recipe.json"))); // the quiz links an article
        National = await QuizSeed.CourseWithQuizAsync(this);
        Espoo = CourseSeed.NewId("ces");
        Helsinki = CourseSeed.NewId("chk");
        await CourseSeed.ImportAsync(this, CourseSeed.Recipe(CourseSeed.Course(Espoo, "espoo", Espoo + "-l"), CourseSeed.Course(Helsinki, "helsinki", Helsinki + "-l")));
    }
}

public sealed class SqliteCertificateSite : CertificateSite
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresCertificateSite : CertificateSite
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
