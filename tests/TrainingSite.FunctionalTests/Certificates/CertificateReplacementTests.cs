using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Certificates.Models;
using TrainingSite.Certificates.Services;
using TrainingSite.Data;
using TrainingSite.Data.Configuration;
using TrainingSite.FunctionalTests.AuditTrail;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Certificates;

/// <summary>
/// A revoked certificate stays, verifiable as revoked, and can be replaced by a new one with a new code (by completing
/// again, or by an administrator's reissue), never leaving two valid certificates at once.
/// </summary>
public abstract class CertificateReplacementTests(CertificateSite site)
{
    private const string Reason = "Nimi kirjoitettu väärin";

    [Fact]
    public async Task RevokedCertificate_ShouldBeExplained_AndReplaced_OnlyWhenTheLearnerCompletesAgain()
    {
        var (client, revoked, email) = await CertificateSteps.HolderAsync(site);
        using var learner = client;
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        await RevokeAsync(admin, revoked.Id);

        var (_, explained) = await learner.GetPageAsync("/certificates", "en");
        var (afterVisit, _) = await learner.GetPageAsync(CompletionPage.Path);
        var beforeCompletingAgain = await CertificateSteps.CertificatesOfAsync(site, email);
        await CertificateSteps.PassQuizAsync(learner, site.National);
        var afterCompletingAgain = await CertificateSteps.CertificatesOfAsync(site, email);
        var (_, oldVerified) = await learner.GetPageAsync($"/certificates/verify/{revoked.Code}", "en");

        var notice = explained.QuerySelector("main .notice--revoked")?.TextContent ?? string.Empty;
        Assert.Contains("You have no valid certificate", notice, StringComparison.Ordinal);
        Assert.Contains(Reason, notice, StringComparison.Ordinal);
        Assert.Contains("passing a course's quiz again", notice, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, afterVisit.StatusCode); // a visit does not undo the revocation
        Assert.True(Assert.Single(beforeCompletingAgain).IsRevoked);
        Assert.Equal(2, afterCompletingAgain.Count);
        var replacement = Assert.Single(afterCompletingAgain, c => !c.IsRevoked);
        Assert.NotEqual(revoked.Code, replacement.Code);
        Assert.Contains(afterCompletingAgain, c => c.Id == revoked.Id && c.IsRevoked);
        Assert.Contains("status--wrong", oldVerified.QuerySelector("#verify-result")?.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminReissue_ShouldIssueANewCode_AuditIt_AndRefuseASecondValidCertificate()
    {
        var (client, revoked, email) = await CertificateSteps.HolderAsync(site, "helsinki");
        client.Dispose();
        var (admin, adminUser) = await AuditLog.SignedInAsync(site, [Roles.Administrator]);
        using var _ = admin;
        await RevokeAsync(admin, revoked.Id);

        var (reissued, _) = await ReissueAsync(admin, revoked.Id);
        var (again, againPage) = await ReissueAsync(admin, revoked.Id);
        var rows = await CertificateSteps.CertificatesOfAsync(site, email);

        Assert.Equal(HttpStatusCode.Redirect, reissued.StatusCode);
        var replacement = Assert.Single(rows, c => !c.IsRevoked);
        Assert.Equal($"/admin/certificates/{replacement.Id}?reissued=true", reissued.Headers.Location?.OriginalString);
        Assert.NotEqual(revoked.Code, replacement.Code);
        Assert.Equal((revoked.RegionId, revoked.CompletedAt), (replacement.RegionId, replacement.CompletedAt));
        Assert.Equal(revoked.Courses.Select(c => c.CourseId), replacement.Courses.Select(c => c.CourseId));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.NotNull(againPage.QuerySelector($"main a[href='/admin/certificates/{replacement.Id}']"));
        Assert.Equal(2, rows.Count);
        var audited = await AuditLog.SingleAsync(site, AuditKinds.CertificateReissued, AuditItemTypes.Certificate, replacement.Id.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(("helsinki", $"replaces: {revoked.Id}"), (audited.RegionId, audited.Details));
        AuditLog.AssertActor(audited, adminUser);
    }

    [Fact]
    public async Task Reissue_ShouldBeRefused_ForAValidCertificate()
    {
        var (client, valid, email) = await CertificateSteps.HolderAsync(site);
        client.Dispose();
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);

        var (response, page) = await ReissueAsync(admin, valid.Id);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("vain peruttu todistus", page.QuerySelector("main [role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(valid.Id, Assert.Single(await CertificateSteps.CertificatesOfAsync(site, email)).Id);
    }

    [Fact]
    public async Task Reissue_ShouldBeForbidden_ToTheLearner()
    {
        var (client, revoked, email) = await CertificateSteps.HolderAsync(site);
        using var learner = client;
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        await RevokeAsync(admin, revoked.Id);

        var (response, _) = await ReissueAsync(learner, revoked.Id);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True(Assert.Single(await CertificateSteps.CertificatesOfAsync(site, email)).IsRevoked);
    }

    [Fact]
    public async Task Database_ShouldRefuseASecondValidCertificate_ButAcceptOneBesideARevokedOne()
    {
        var (client, valid, _) = await CertificateSteps.HolderAsync(site);
        client.Dispose();

        var second = await Record.ExceptionAsync(() => InsertCopyAsync(valid, revoked: false));
        var besideRevoked = await Record.ExceptionAsync(() => InsertCopyAsync(valid, revoked: true));

        Assert.True(second is DbUpdateException update && DatabaseErrors.IsUniqueViolation(update), second?.ToString());
        Assert.Null(besideRevoked);
    }

    private static async Task RevokeAsync(SiteClient admin, int id)
    {
        var (revoked, _) = await admin.SubmitFormAsync($"/admin/certificates/{id}", new Dictionary<string, string> { ["Reason"] = Reason }, "main form[method=post]");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
    }

    private static async Task<(HttpResponseMessage Response, AngleSharp.Dom.IDocument Page)> ReissueAsync(SiteClient client, int id)
    {
        var token = await client.AntiforgeryTokenAsync();
        return await client.PostAsync($"/admin/certificates/{id}?handler=Reissue", [new("__RequestVerificationToken", token)]);
    }

    private Task<int> InsertCopyAsync(Certificate original, bool revoked) =>
        site.WithServiceAsync(async services =>
        {
            var db = services.GetRequiredService<TrainingDbContext>();
            db.Add(new Certificate
            {
                UserId = original.UserId,
                Programme = original.Programme,
                Code = VerificationCode.New(),
                HolderName = original.HolderName,
                RegionId = original.RegionId,
                RegionName = original.RegionName,
                Issuer = original.Issuer,
                CompletedAt = original.CompletedAt,
                Courses = original.Courses,
                RevokedAt = revoked ? DateTimeOffset.UtcNow : null,
            });
            return await db.SaveChangesAsync();
        });
}

public sealed class CertificateReplacementTestsOnSqlite(SqliteCertificateSite site) : CertificateReplacementTests(site), IClassFixture<SqliteCertificateSite>;

public sealed class CertificateReplacementTestsOnPostgres(PostgresCertificateSite site) : CertificateReplacementTests(site), IClassFixture<PostgresCertificateSite>;
