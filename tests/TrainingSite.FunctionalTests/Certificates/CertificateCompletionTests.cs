using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Certificates.Services;
using TrainingSite.FunctionalTests.Accounts;
using TrainingSite.FunctionalTests.Quizzes;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Certificates;

/// <summary>Finishing the package is marked: the quiz result and the dashboard lead to a completion page, and a mail says the certificate is ready.</summary>
public abstract class CertificateCompletionTests(CertificateSite site)
{
    [Fact]
    public async Task CompletionPage_ShouldOfferThePdfsInEveryLanguage_AndThePublicVerificationAddress()
    {
        var (client, certificate, _) = await CertificateSteps.HolderAsync(site);
        using var learner = client;
        var code = VerificationCode.Format(certificate.Code);

        var (response, page) = await learner.GetPageAsync("/certificates/complete", "en");
        var (_, dashboard) = await learner.GetPageAsync("/dashboard", "en");
        var (_, lastCourse) = await learner.GetPageAsync($"/courses/{site.Espoo}", "en"); // where reading the last lesson leads

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Congratulations", page.QuerySelector("main h1")!.TextContent, StringComparison.Ordinal);
        foreach (var language in new[] { "fi", "sv", "en" })
        {
            Assert.NotNull(page.QuerySelector($"main a[href='/certificates/{certificate.Id}/pdf/{language}'][hreflang='{language}']"));
        }

        var verify = page.QuerySelector($"main a[href='/certificates/verify/{code}']");
        Assert.Equal($"{CertificateSite.PublicBaseUrl}/certificates/verify/{code}", verify?.TextContent);
        Assert.NotNull(dashboard.QuerySelector($"main a[href='{CompletionPage.Path}']"));
        Assert.NotNull(lastCourse.QuerySelector($"main a[href='{CompletionPage.Path}']"));
    }

    [Fact]
    public async Task PassingTheLastQuiz_ShouldLeadFromTheResultToTheCompletionPage()
    {
        var email = $"last-quiz-{Guid.NewGuid():N}@example.fi";
        await site.CreateUserAsync(email, [Roles.Learner], homeRegion: "espoo");
        using var learner = site.CreateSiteClient();
        await learner.SignInAsync(email, SiteFactory.DefaultPassword);
        await CertificateSteps.ReadLessonAsync(learner, site.National);
        await CertificateSteps.ReadLessonAsync(learner, site.Espoo);

        var attempt = await QuizSeed.StartAttemptAsync(learner, site.National);
        await QuizSeed.SaveAnswersAsync(learner, attempt, CertificateSteps.AllRight);
        var (submitted, _) = await learner.SubmitFormAsync(attempt + "/submit", new Dictionary<string, string>());
        var (_, result) = await learner.GetPageAsync(submitted.Headers.Location!.OriginalString, "fi");
        var (complete, _) = await learner.GetPageAsync(CompletionPage.Path);

        Assert.NotNull(result.QuerySelector($"main a.button[href='{CompletionPage.Path}']"));
        Assert.Equal(HttpStatusCode.OK, complete.StatusCode);
        Assert.Single(await CertificateSteps.CertificatesOfAsync(site, email));
    }

    [Fact]
    public async Task CompletionPage_ShouldSendTheLearnerToMyCertificates_WhileThePackageIsNotComplete()
    {
        using var learner = await site.SignedInClientAsync([Roles.Learner], homeRegion: "espoo");
        await CertificateSteps.ReadLessonAsync(learner, site.National);

        var (response, _) = await learner.GetPageAsync(CompletionPage.Path);
        var (_, dashboard) = await learner.GetPageAsync("/dashboard");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/certificates", response.Headers.Location?.OriginalString);
        Assert.Null(dashboard.QuerySelector($"main a[href='{CompletionPage.Path}']"));
    }

    [Fact]
    public async Task Issuing_ShouldMailTheHolderInTheirLanguage_WithLinksFromThePublicAddress_WhenTheHostHeaderIsForged()
    {
        var email = $"mailed-{Guid.NewGuid():N}@example.fi";
        await site.CreateUserAsync(email, [Roles.Learner], homeRegion: "espoo", language: "sv");
        using var learner = new SiteClient(site.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("http://evil.example"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        }));
        await learner.SignInAsync(email, SiteFactory.DefaultPassword);
        await CertificateSteps.ReadLessonAsync(learner, site.National);
        await CertificateSteps.PassQuizAsync(learner, site.National);

        await CertificateSteps.ReadLessonAsync(learner, site.Espoo);
        var mail = await Mailbox.FindToAsync(site, email);
        var certificate = Assert.Single(await CertificateSteps.CertificatesOfAsync(site, email));
        var code = VerificationCode.Format(certificate.Code);

        Assert.NotNull(mail);
        Assert.Contains("grattis!", mail, StringComparison.Ordinal);
        Assert.Contains($"{CertificateSite.PublicBaseUrl}{CompletionPage.Path}", mail, StringComparison.Ordinal);
        foreach (var language in new[] { "fi", "sv", "en" })
        {
            Assert.Contains($"{CertificateSite.PublicBaseUrl}/certificates/{certificate.Id}/pdf/{language}", mail, StringComparison.Ordinal);
        }

        Assert.Contains($"Verifieringskod: {code}", mail, StringComparison.Ordinal);
        Assert.Contains($"{CertificateSite.PublicBaseUrl}/certificates/verify/{code}", mail, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", mail, StringComparison.OrdinalIgnoreCase);
    }
}

public sealed class CertificateCompletionTestsOnSqlite(SqliteCertificateSite site) : CertificateCompletionTests(site), IClassFixture<SqliteCertificateSite>;

public sealed class CertificateCompletionTestsOnPostgres(PostgresCertificateSite site) : CertificateCompletionTests(site), IClassFixture<PostgresCertificateSite>;
