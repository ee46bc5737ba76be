using System.Net;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Certificates;

/// <summary>A certificate's PDF goes to its holder, administrators and its region's coordinators; everyone else gets 404.</summary>
public abstract class CertificateAccessTests(CertificateSite site)
{
    [Fact]
    public async Task Pdf_ShouldBeServed_ToTheHolderTheAdministratorAndTheRegionsCoordinator_Uncached()
    {
        var (client, certificate, _) = await CertificateSteps.HolderAsync(site);
        using var holder = client;
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        var url = $"/certificates/{certificate.Id}/pdf/fi";

        var responses = new[] { await holder.Http.GetAsync(url), await admin.Http.GetAsync(url), await coordinator.Http.GetAsync(url) };

        Assert.All(responses, response =>
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            // no-store keeps it out of every cache. "private" too, except on a response that also renews the
            // sign-in cookie (each session validation does), where the cookie handler writes "no-cache, no-store".
            Assert.True(
                response.Headers.CacheControl is { NoStore: true } cache && (cache.Private || response.Headers.Contains("Set-Cookie")),
                response.Headers.CacheControl?.ToString());
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Matches(@"^todistus-[0-9A-Z]{4}(-[0-9A-Z]{4}){3}-fi\.pdf$", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        });
    }

    [Fact]
    public async Task Pdf_ShouldBe404_ForAnotherRegionsCoordinator_AStranger_AnUnknownIdAndAnotherLanguage()
    {
        var (client, certificate, _) = await CertificateSteps.HolderAsync(site);
        using var holder = client;
        using var otherCoordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["helsinki"]);
        using var stranger = await site.SignedInClientAsync([Roles.Learner], homeRegion: "espoo");
        using var anonymous = site.CreateSiteClient();

        var otherRegion = await otherCoordinator.Http.GetAsync($"/certificates/{certificate.Id}/pdf/fi");
        var strangers = await stranger.Http.GetAsync($"/certificates/{certificate.Id}/pdf/en");
        var unknown = await holder.Http.GetAsync($"/certificates/{certificate.Id + 100000}/pdf/fi");
        var german = await holder.Http.GetAsync($"/certificates/{certificate.Id}/pdf/de");
        var signedOut = await anonymous.Http.GetAsync($"/certificates/{certificate.Id}/pdf/fi");

        Assert.All(new[] { otherRegion, strangers, unknown, german }, response =>
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.NotEqual("application/pdf", response.Content.Headers.ContentType?.MediaType);
        });
        Assert.Contains("Sivua ei löytynyt", await strangers.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.StartsWith("/account/login", signedOut.Headers.Location?.PathAndQuery ?? signedOut.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminPages_ShouldBeForbidden_ToCoordinatorsAndLearners()
    {
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        using var learner = await site.SignedInClientAsync([Roles.Learner], homeRegion: "espoo");

        var list = await coordinator.Http.GetAsync("/admin/certificates");
        var details = await learner.Http.GetAsync("/admin/certificates/1");

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, details.StatusCode);
    }
}

public sealed class CertificateAccessTestsOnSqlite(SqliteCertificateSite site) : CertificateAccessTests(site), IClassFixture<SqliteCertificateSite>;

public sealed class CertificateAccessTestsOnPostgres(PostgresCertificateSite site) : CertificateAccessTests(site), IClassFixture<PostgresCertificateSite>;
