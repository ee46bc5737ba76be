using System.Globalization;
using System.Net;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.FunctionalTests.Certificates;

namespace TrainingSite.FunctionalTests.AuditTrail;

/// <summary>A certificate issued on completing the package, and revoked by an administrator, each leave one event.</summary>
public abstract class CertificateEventsTests(CertificateSite site)
{
    [Fact]
    public async Task IssuingAndRevoking_ShouldRecordOneEventEach_WithTheLearnersRegionAndTheReason()
    {
        var (client, certificate, _) = await CertificateSteps.HolderAsync(site, "helsinki");
        using var holder = client;
        var (admin, user) = await AuditLog.SignedInAsync(site, [Roles.Administrator]);
        using var _ = admin;
        var id = certificate.Id.ToString(CultureInfo.InvariantCulture);

        var (revoked, _) = await admin.SubmitFormAsync($"/admin/certificates/{id}", new Dictionary<string, string> { ["Reason"] = "Kirjattu väärälle henkilölle" }, "main form[method=post]");
        var token = await admin.AntiforgeryTokenAsync();
        var (again, _) = await admin.PostAsync($"/admin/certificates/{id}", [new("__RequestVerificationToken", token), new("Reason", "Toinen kerta")]);

        var issued = await AuditLog.SingleAsync(site, AuditKinds.CertificateIssued, AuditItemTypes.Certificate, id);
        Assert.Equal((certificate.HolderName, "helsinki", certificate.UserId), (issued.ItemTitle, issued.RegionId, issued.ActorId));
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode); // already revoked: no second revocation, no second event
        var revocation = await AuditLog.SingleAsync(site, AuditKinds.CertificateRevoked, AuditItemTypes.Certificate, id);
        Assert.Equal(("helsinki", "reason: Kirjattu väärälle henkilölle"), (revocation.RegionId, revocation.Details));
        AuditLog.AssertActor(revocation, user);
    }
}

public sealed class CertificateEventsTestsOnSqlite(SqliteCertificateSite site) : CertificateEventsTests(site), IClassFixture<SqliteCertificateSite>;

public sealed class CertificateEventsTestsOnPostgres(PostgresCertificateSite site) : CertificateEventsTests(site), IClassFixture<PostgresCertificateSite>;
