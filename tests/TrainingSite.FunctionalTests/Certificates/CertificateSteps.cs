using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Certificates.Models;
using TrainingSite.Data;
using TrainingSite.FunctionalTests.Quizzes;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Certificates;

/// <summary>What a learner does on the way to a certificate, through the site's own pages.</summary>
public static class CertificateSteps
{
    public static readonly KeyValuePair<string, string>[] AllRight = [new("answer:single", "b"), new("answer:multiple", "a"), new("answer:multiple", "b"), new("answer:tf", "true")];

    public static async Task<HttpStatusCode> ReadLessonAsync(SiteClient client, string course)
    {
        var token = await client.AntiforgeryTokenAsync();
        var (response, _) = await client.PostAsync($"/courses/{course}/lessons/{course}-l?handler=Read", [new("__RequestVerificationToken", token)]);
        return response.StatusCode;
    }

    public static async Task PassQuizAsync(SiteClient client, string course)
    {
        var attemptUrl = await QuizSeed.StartAttemptAsync(client, course);
        await QuizSeed.SaveAnswersAsync(client, attemptUrl, AllRight);
        var (submitted, _) = await client.SubmitFormAsync(attemptUrl + "/submit", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
    }

    /// <summary>A signed-in learner of the region who has completed the package (and so holds a certificate).</summary>
    public static async Task<(SiteClient Client, Certificate Certificate, string Email)> HolderAsync(CertificateSite site, string region = "espoo")
    {
        var email = $"holder-{Guid.NewGuid():N}@example.fi";
        await site.CreateUserAsync(email, [TrainingSite.Abstractions.Permissions.Roles.Learner], homeRegion: region);
        var client = site.CreateSiteClient();
        await client.SignInAsync(email, SiteFactory.DefaultPassword);
        await ReadLessonAsync(client, site.National);
        await PassQuizAsync(client, site.National);
        await ReadLessonAsync(client, region == "espoo" ? site.Espoo : site.Helsinki);
        var certificate = await CertificatesOfAsync(site, email);
        return (client, Assert.Single(certificate), email);
    }

    public static Task<List<Certificate>> CertificatesOfAsync(SiteFactory site, string email) =>
        site.WithServiceAsync(services =>
        {
            var db = services.GetRequiredService<TrainingDbContext>();
            return db.Set<Certificate>().AsNoTracking().Where(c => db.Users.Any(u => u.Id == c.UserId && u.Email == email)).ToListAsync();
        });
}
