using TrainingSite.Data.Configuration;
using TrainingSite.FunctionalTests.Courses;
using TrainingSite.FunctionalTests.Quizzes;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Reports;

/// <summary>
/// A site without the shipped recipes and a known package: two national courses (one with a quiz, one of two lessons),
/// one course each for Espoo, Helsinki and Vantaa; and the generated learners of <see cref="LearnerDataSet"/>.
/// </summary>
public abstract class ReportSite : SiteFactory
{
    public string NationalQuiz { get; private set; } = string.Empty;

    public string NationalTwo { get; private set; } = string.Empty;

    public string Espoo { get; private set; } = string.Empty;

    public string Helsinki { get; private set; } = string.Empty;

    public string Vantaa { get; private set; } = string.Empty;

    public LearnerDataSet Data { get; private set; } = null!;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Recipes:ApplyOnFirstRun"] = "false",
        ["Site:PublicBaseUrl"] = "https://koulutus.example.fi",
    };

    public string SectionOf(string region) => region switch
    {
        "espoo" => Espoo,
        "helsinki" => Helsinki,
        _ => Vantaa,
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CourseSeed.ImportAsync(this, File.ReadAllText(Path.Combine(RepositoryPaths.ContentRecipes, "00-regions.recipe.json")));
        await CourseSeed.ImportAsync(this, File.ReadAllText(Path.Combine(RepositoryPaths.ContentRecipes, "guidance.recipe.json")));
        NationalQuiz = await QuizSeed.CourseWithQuizAsync(this);
        NationalTwo = CourseSeed.NewId("cn2");
        Espoo = CourseSeed.NewId("ces");
        Helsinki = CourseSeed.NewId("chk");
        Vantaa = CourseSeed.NewId("cva");
        var second = $$""", { "id": "{{NationalTwo}}-l2", "title": { "fi": "Toinen oppitunti" }, "body": { "fi": "Teksti." }, "minutes": 3 }""";
        await CourseSeed.ImportAsync(this, CourseSeed.Recipe(
            CourseSeed.Course(NationalTwo, null, NationalTwo + "-l", extraLesson: second),
            CourseSeed.Course(Espoo, "espoo", Espoo + "-l"),
            CourseSeed.Course(Helsinki, "helsinki", Helsinki + "-l"),
            CourseSeed.Course(Vantaa, "vantaa", Vantaa + "-l")));
        Data = new LearnerDataSet(this);
        await Data.GenerateAsync("rep");
    }
}

public sealed class SqliteReportSite : ReportSite
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresReportSite : ReportSite
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
