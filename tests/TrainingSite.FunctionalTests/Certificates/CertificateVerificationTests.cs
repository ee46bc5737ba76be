using System.Net;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Certificates.Services;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Certificates;

/// <summary>Anyone can check a code: valid, revoked with its date, or unknown; never an e-mail or a score.</summary>
public abstract class CertificateVerificationTests(CertificateSite site)
{
    [Fact]
    public async Task Verify_ShouldShowAValidCertificate_ForACodeTypedCarelessly()
    {
        var (client, certificate, email) = await CertificateSteps.HolderAsync(site);
        client.Dispose();
        using var employer = site.CreateSiteClient();
        var sloppy = string.Join(' ', VerificationCode.Format(certificate.Code).ToLowerInvariant().Split('-')).Replace('1', 'l').Replace('0', 'o');

        var (response, page) = await employer.GetPageAsync("/certificates/verify?code=" + Uri.EscapeDataString(sloppy), "en");
        var main = page.QuerySelector("main")!.TextContent;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The certificate is valid", main, StringComparison.Ordinal);
        Assert.Contains(certificate.HolderName, main, StringComparison.Ordinal);
        Assert.Contains("Espoo", main, StringComparison.Ordinal);
        Assert.Contains("Training package", main, StringComparison.Ordinal);
        Assert.Contains("Training in guidance and advice for foreign-language customers", main, StringComparison.Ordinal);
        Assert.Contains(VerificationCode.Format(certificate.Code), main, StringComparison.Ordinal);
        Assert.DoesNotContain(email, await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("%", main, StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore, "verification answers must not be cached");
    }

    [Theory]
    [InlineData("fi", "Todistus on voimassa")]
    [InlineData("sv", "Intyget är giltigt")]
    [InlineData("en", "The certificate is valid")]
    public async Task Verify_ShouldAnswerInTheVisitorsLanguage(string language, string valid)
    {
        var (client, certificate, _) = await CertificateSteps.HolderAsync(site);
        client.Dispose();
        using var visitor = site.CreateSiteClient();

        var (_, page) = await visitor.GetPageAsync($"/certificates/verify/{VerificationCode.Format(certificate.Code)}", language);

        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Contains(valid, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ShouldSayUnknown_ForAWellFormedCodeNobodyHolds_AndInvalid_ForGarbage()
    {
        using var visitor = site.CreateSiteClient();

        var (unknown, unknownPage) = await visitor.GetPageAsync("/certificates/verify/0000-0000-0000-0000", "en");
        var (garbage, garbagePage) = await visitor.GetPageAsync("/certificates/verify?code=%3Cscript%3E", "en");
        var (empty, _) = await visitor.GetPageAsync("/certificates/verify");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("No certificate found", unknownPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.NotNull(garbagePage.QuerySelector("#code[aria-invalid='true']"));
        Assert.Contains("This is not a verification code", garbagePage.QuerySelector("#code-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
    }

    [Fact]
    public async Task Revoking_ShouldShowAtOnce_OnTheVerificationPage_AndBeRecorded()
    {
        var (client, certificate, email) = await CertificateSteps.HolderAsync(site);
        using var holder = client;
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        var verifyUrl = $"/certificates/verify/{VerificationCode.Format(certificate.Code)}";
        var (before, _) = await admin.GetPageAsync(verifyUrl);

        var (noReason, noReasonPage) = await admin.SubmitFormAsync($"/admin/certificates/{certificate.Id}", new Dictionary<string, string> { ["Reason"] = "  " }, "main form[method=post]");
        var (revoked, _) = await admin.SubmitFormAsync($"/admin/certificates/{certificate.Id}", new Dictionary<string, string> { ["Reason"] = "Suoritus kirjattu virheellisesti" }, "main form[method=post]");
        var (after, afterPage) = await holder.GetPageAsync(verifyUrl, "en");
        var token = await admin.AntiforgeryTokenAsync();
        var (again, _) = await admin.PostAsync($"/admin/certificates/{certificate.Id}", [new("__RequestVerificationToken", token), new("Reason", "toinen kerta")]);
        var download = await holder.Http.GetAsync($"/certificates/{certificate.Id}/pdf/fi");
        var record = Assert.Single(await CertificateSteps.CertificatesOfAsync(site, email));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.NotNull(noReasonPage.QuerySelector("#Reason-error"));
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("The certificate has been revoked", afterPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("virheellisesti", afterPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.NotNull(record.RevokedAt);
        Assert.Equal("Suoritus kirjattu virheellisesti", record.RevocationReason);
        Assert.Contains("administrator-", record.RevokedBy, StringComparison.Ordinal);
    }
}

public sealed class CertificateVerificationTestsOnSqlite(SqliteCertificateSite site) : CertificateVerificationTests(site), IClassFixture<SqliteCertificateSite>;

public sealed class CertificateVerificationTestsOnPostgres(PostgresCertificateSite site) : CertificateVerificationTests(site), IClassFixture<PostgresCertificateSite>;
