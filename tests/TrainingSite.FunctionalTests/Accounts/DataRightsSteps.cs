using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Certificates.Models;
using TrainingSite.Courses.Models;
using TrainingSite.Data;
using TrainingSite.Data.Identity;
using TrainingSite.FunctionalTests.Certificates;
using TrainingSite.FunctionalTests.Courses;
using TrainingSite.Quizzes.Models;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Accounts;

/// <summary>People with data to export and erase, built through the site's own pages.</summary>
public static class DataRightsSteps
{
    /// <summary>
    /// A learner of Espoo with progress, a passed quiz attempt and a certificate, who also coordinates Vantaa and has
    /// saved a draft of a Vantaa lesson (so holds an authored version). Returns the lesson's authoring URL.
    /// </summary>
    public static async Task<(SiteClient Client, TrainingUser User, Certificate Certificate, string LessonUrl)> AuthoringHolderAsync(CertificateSite site)
    {
        var email = $"author-{Guid.NewGuid():N}@example.fi";
        var user = await site.CreateUserAsync(email, [Roles.Learner, Roles.RegionalCoordinator], homeRegion: "espoo", coordinatedRegions: ["vantaa"]);
        var client = site.CreateSiteClient();
        await client.SignInAsync(email, SiteFactory.DefaultPassword);
        await CertificateSteps.ReadLessonAsync(client, site.National);
        await CertificateSteps.PassQuizAsync(client, site.National);
        await CertificateSteps.ReadLessonAsync(client, site.Espoo);
        var certificate = Assert.Single(await CertificateSteps.CertificatesOfAsync(site, email));

        var course = CourseSeed.NewId("dr");
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(course, "vantaa", course + "-l")));
        var lessonUrl = $"/authoring/courses/{course}/lessons/{course}-l";
        var (saved, _) = await client.SubmitFormAsync(lessonUrl, new Dictionary<string, string>
        {
            ["Input.Title[fi]"] = "Muokattu otsikko",
            ["Input.Text[fi]"] = "Muokattu teksti",
            ["Input.Minutes"] = "5",
        }, formSelector: "form[data-markdown-editor]", submitName: "handler", submitValue: "Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return (client, user, certificate, lessonUrl);
    }

    public static async Task<(HttpResponseMessage Response, AngleSharp.Dom.IDocument Page)> DeleteOwnAccountAsync(SiteClient client, string password) =>
        await client.SubmitFormAsync("/account/delete", new Dictionary<string, string> { ["Input.Password"] = password });

    /// <summary>The lesson versions in the signed-in user's export.</summary>
    public static async Task<List<JsonElement>> AuthoredLessonVersionsAsync(SiteClient client)
    {
        var json = await client.Http.GetStringAsync("/account/data?handler=Download");
        using var export = JsonDocument.Parse(json);
        return [.. export.RootElement.GetProperty("courseVersions").GetProperty("lessons").EnumerateArray().Select(v => v.Clone())];
    }

    /// <summary>Makes the user's lesson versions look like ones written before author ids were kept (only the name).</summary>
    public static Task<int> ForgetAuthorIdsAsync(SiteFactory site, string userId) =>
        site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Set<LessonVersion>()
            .Where(v => v.AuthorId == userId).ExecuteUpdateAsync(set => set.SetProperty(v => v.AuthorId, (string?)null)));

    public static Task<(int Attempts, int Progress, int Certificates)> CountsAsync(SiteFactory site) =>
        site.WithServiceAsync(async services =>
        {
            var db = services.GetRequiredService<TrainingDbContext>();
            return (await db.Set<QuizAttempt>().CountAsync(), await db.Set<LessonProgress>().CountAsync(), await db.Set<Certificate>().CountAsync());
        });

    public static Task<(int Attempts, int Progress)> HeldByAsync(SiteFactory site, string userId) =>
        site.WithServiceAsync(async services =>
        {
            var db = services.GetRequiredService<TrainingDbContext>();
            return (await db.Set<QuizAttempt>().CountAsync(a => a.UserId == userId), await db.Set<LessonProgress>().CountAsync(p => p.UserId == userId));
        });

    public static Task<TrainingUser?> FindUserAsync(SiteFactory site, string id) =>
        site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id));

    public static Task<Certificate> CertificateAsync(SiteFactory site, int id) =>
        site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Set<Certificate>().AsNoTracking().SingleAsync(c => c.Id == id));

    /// <summary>
    /// The same site and database with the security stamp checked on every request, so a test sees a session end at
    /// once instead of after the production interval.
    /// </summary>
    public static WebApplicationFactory<Program> WithImmediateStampCheck(SiteFactory site) =>
        site.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero)));

    public static SiteClient ClientOf(WebApplicationFactory<Program> factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
}
