using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Certificates.Models;
using TrainingSite.Certificates.Services;
using TrainingSite.Data;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Certificates;

/// <summary>A certificate is issued when, and only when, the package is complete, and only once whatever races.</summary>
public abstract class CertificateIssuingTests(CertificateSite site)
{
    [Fact]
    public async Task Completion_ShouldIssueTheCertificate_OnlyWhenTheNationalAndRegionalCoursesAreDone()
    {
        var email = $"learner-{Guid.NewGuid():N}@example.fi";
        await site.CreateUserAsync(email, [Roles.Learner], homeRegion: "espoo");
        using var learner = site.CreateSiteClient();
        await learner.SignInAsync(email, SiteFactory.DefaultPassword);

        await CertificateSteps.ReadLessonAsync(learner, site.National);
        await CertificateSteps.PassQuizAsync(learner, site.National);
        var beforeRegional = await CertificateSteps.CertificatesOfAsync(site, email);
        await CertificateSteps.ReadLessonAsync(learner, site.Espoo);
        var after = await CertificateSteps.CertificatesOfAsync(site, email);

        Assert.Empty(beforeRegional);
        var certificate = Assert.Single(after);
        Assert.Equal(email.Split('@')[0], certificate.HolderName);
        Assert.Equal("espoo", certificate.RegionId);
        Assert.Equal("Esbo", certificate.RegionName["sv"]);
        Assert.Equal(CertificateProgrammes.TrainingPackage, certificate.Programme);
        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{16}$", certificate.Code);
        Assert.Equal([site.National, site.Espoo], certificate.Courses.Select(c => c.CourseId));
        Assert.Equal(100, certificate.Courses[0].BestPercent);
        Assert.Null(certificate.Courses[1].BestPercent);
        Assert.DoesNotContain(certificate.Courses, c => c.CourseId == site.Helsinki);
    }

    [Fact]
    public async Task TwentyParallelCompletions_ShouldIssueExactlyOneCertificate()
    {
        var email = $"racer-{Guid.NewGuid():N}@example.fi";
        await site.CreateUserAsync(email, [Roles.Learner], homeRegion: "espoo");
        using var learner = site.CreateSiteClient();
        await learner.SignInAsync(email, SiteFactory.DefaultPassword);
        await CertificateSteps.ReadLessonAsync(learner, site.National);
        await CertificateSteps.PassQuizAsync(learner, site.National);

        // The last lesson marked read twenty times at once: every request tells the certificates module.
        var statuses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => CertificateSteps.ReadLessonAsync(learner, site.Espoo)));
        var afterRequests = await CertificateSteps.CertificatesOfAsync(site, email);

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.Redirect, status));
        Assert.Single(afterRequests);
    }

    [Fact]
    public async Task TwentyParallelIssuers_ShouldMeetTheUniqueIndex_AndAllReturnTheSameCertificate()
    {
        var (client, issued, email) = await CertificateSteps.HolderAsync(site);
        client.Dispose();
        await DeleteAsync(issued.Id);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Twenty scopes (twenty database contexts) released together: all look for a certificate, then insert.
        var issuing = Enumerable.Range(0, 20).Select(_ => site.WithServiceAsync(async services =>
        {
            var issuer = services.GetRequiredService<CertificateIssuer>();
            await start.Task;
            return await issuer.IssueIfCompleteAsync(issued.UserId, CancellationToken.None);
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(issuing);
        var rows = await CertificateSteps.CertificatesOfAsync(site, email);

        var row = Assert.Single(rows);
        Assert.All(results, result => Assert.Equal(row.Id, result?.Id));
    }

    [Fact]
    public async Task MyCertificates_ShouldIssueLate_ForALearnerWhoCompletedBefore()
    {
        var (client, issued, email) = await CertificateSteps.HolderAsync(site);
        using var learner = client;
        await DeleteAsync(issued.Id);

        var (response, page) = await learner.GetPageAsync("/certificates");
        var rows = await CertificateSteps.CertificatesOfAsync(site, email);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var certificate = Assert.Single(rows);
        Assert.Equal(3, page.QuerySelectorAll($"a[href^='/certificates/{certificate.Id}/pdf/']").Length);
        Assert.NotNull(page.QuerySelector("a[hreflang='sv'][href$='/pdf/sv']"));
    }

    [Fact]
    public async Task LearnerWithoutHomeRegion_ShouldGetNoCertificate_AndBeToldToChooseOne()
    {
        var email = $"noregion-{Guid.NewGuid():N}@example.fi";
        await site.CreateUserAsync(email, [Roles.Learner]);
        using var learner = site.CreateSiteClient();
        await learner.SignInAsync(email, SiteFactory.DefaultPassword);
        await CertificateSteps.ReadLessonAsync(learner, site.National);
        await CertificateSteps.PassQuizAsync(learner, site.National);

        var (_, page) = await learner.GetPageAsync("/certificates", "en");

        Assert.Empty(await CertificateSteps.CertificatesOfAsync(site, email));
        Assert.NotNull(page.QuerySelector("main a[href='/account/profile']"));
        Assert.Contains("First choose your home region", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    private Task<int> DeleteAsync(int certificateId) =>
        site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Set<Certificate>().Where(c => c.Id == certificateId).ExecuteDeleteAsync());
}

public sealed class CertificateIssuingTestsOnSqlite(SqliteCertificateSite site) : CertificateIssuingTests(site), IClassFixture<SqliteCertificateSite>;

public sealed class CertificateIssuingTestsOnPostgres(PostgresCertificateSite site) : CertificateIssuingTests(site), IClassFixture<PostgresCertificateSite>;
