using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Certificates.Models;
using TrainingSite.Data;
using TrainingSite.Data.Configuration;
using TrainingSite.FunctionalTests.Certificates;
using TrainingSite.FunctionalTests.Courses;
using TrainingSite.FunctionalTests.Quizzes;
using TrainingSite.FunctionalTests.ServiceDirectory;
using TrainingSite.Quizzes.Models;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Security;

/// <summary>
/// A small known world for the discovery tests: the certificate site's courses, an Espoo course with a quiz, the shipped
/// guidance, and one user of each kind, among them a learner who holds an attempt and a certificate (so routes to a
/// person's own things can be tried by everyone else). (The test site's rate limits are already far above
/// what these thousands of requests from one client need; certificate lookups are raised here.)
/// </summary>
public abstract class SecuritySite : CertificateSite
{
    public const string HolderEmail = "holder@security.example.fi";

    /// <summary>A published service point of Espoo, for /directory/{id} and its referral slip.</summary>
    public const string ServicePoint = "security-point";

    public string EspooQuizCourse { get; private set; } = string.Empty;

    public string NetworkArticle { get; private set; } = string.Empty;

    public string PublicArticle { get; private set; } = string.Empty;

    public string EspooArticle { get; private set; } = string.Empty;

    public string NationalArticle { get; private set; } = string.Empty;

    public string EspooPoint { get; } = "zz-security-espoo-point";

    public string NationalPoint { get; } = "zz-security-national-point";

    public int HolderAttempt { get; private set; }

    public Certificate HolderCertificate { get; private set; } = null!;

    /// <summary>A user nobody signs in as, whom administrators' hostile posts to /admin/users/{id} may change.</summary>
    public string VictimUserId { get; private set; } = string.Empty;

    protected override int VerifyPerMinute => 1_000_000;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CreateUserAsync(HolderEmail, [Roles.Learner, Roles.NetworkMember], homeRegion: "espoo");
        using (var holder = CreateSiteClient())
        {
            await holder.SignInAsync(HolderEmail, DefaultPassword);
            await CertificateSteps.ReadLessonAsync(holder, National);
            await CertificateSteps.PassQuizAsync(holder, National);
            await CertificateSteps.ReadLessonAsync(holder, Espoo);
        }

        HolderCertificate = Assert.Single(await CertificateSteps.CertificatesOfAsync(this, HolderEmail));
        HolderAttempt = await WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Set<QuizAttempt>()
            .Where(a => a.UserId == HolderCertificate.UserId).Select(a => a.Id).FirstAsync());
        EspooQuizCourse = await QuizSeed.CourseWithQuizAsync(this, region: "espoo");
        VictimUserId = (await CreateUserAsync("victim@security.example.fi", [Roles.Learner], homeRegion: "helsinki")).Id;
        ReadShippedArticles();
        await ServicePointSeed.ImportAsync(this, ServicePointSeed.Point(EspooPoint, "espoo"), ServicePointSeed.Point(NationalPoint, null));
        await CourseSeed.ImportAsync(this, ServicePointRecipe);
    }

    private static string ServicePointRecipe => $$"""
        { "name": "security-points", "steps": [ { "step": "servicepoints", "servicePoints": [ {
          "id": "{{ServicePoint}}", "region": "espoo", "name": { "fi": "Turvapiste" }, "organisation": { "fi": "Kela" }, "kind": "kela",
          "languages": ["fi"], "topics": ["early-childhood-education"], "appointment": { "fi": "Soita." },
          "hours": { "inPerson": [ { "days": ["mon"], "opens": "09:00", "closes": "16:00" } ] }, "checked": "2026-12-01" } ] } ] }
        """;

    private void ReadShippedArticles()
    {
        using var recipe = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.ContentRecipes, "guidance.recipe.json")));
        var articles = recipe.RootElement.GetProperty("steps").EnumerateArray()
            .Where(step => step.GetProperty("step").GetString() == "guidance")
            .SelectMany(step => step.GetProperty("articles").EnumerateArray())
            .Select(a => (Id: a.GetProperty("id").GetString()!, Region: a.GetProperty("region").GetString(), Audience: a.GetProperty("audience").GetString()))
            .ToList();
        NetworkArticle = articles.First(a => a.Audience == "network").Id;
        PublicArticle = articles.First(a => a.Audience == "public" && a.Region is null).Id;
        NationalArticle = PublicArticle;
        EspooArticle = articles.First(a => a.Region == "espoo").Id;
    }
}

public sealed class SqliteSecuritySite : SecuritySite
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresSecuritySite : SecuritySite
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
