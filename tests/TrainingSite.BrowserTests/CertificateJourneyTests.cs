using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Certificates.Models;
using TrainingSite.Certificates.Services;
using TrainingSite.Data;
using TrainingSite.Testing;

namespace TrainingSite.BrowserTests;

/// <summary>
/// A holder finds their certificate, an employer checks its code, an administrator revokes it and the employer sees
/// that at once; every page is axe-clean. The certificate is written directly (completing the shipped package through
/// the browser has tests of its own elsewhere).
/// </summary>
public sealed class CertificateJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Holder_Employer_Administrator_ShouldSeeAxeCleanPages_AndARevocationAtOnce()
    {
        var holder = await site.CreateUserAsync("todistus@example.fi", [Roles.Learner], homeRegion: "espoo");
        await site.CreateUserAsync("paakayttaja@example.fi", [Roles.Administrator]);
        var certificate = await IssueAsync(holder.Id);
        var code = VerificationCode.Format(certificate.Code);

        var page = await SignedInAsync("todistus@example.fi");
        await page.GotoAsync("/certificates");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "PDF ruotsiksi" })).ToHaveAttributeAsync("href", $"/certificates/{certificate.Id}/pdf/sv");
        await page.AssertAxeCleanAsync();
        await page.SaveAsync("certificates-mine");

        var employer = await site.NewPageAsync();
        await employer.GotoAsync("/certificates/verify");
        await employer.AssertAxeCleanAsync();
        await employer.GetByLabel("Tarkistuskoodi").FillAsync(code.ToLowerInvariant().Replace('-', ' '));
        await employer.GetByRole(AriaRole.Button, new() { Name = "Tarkista" }).ClickAsync();
        await Assertions.Expect(employer.Locator("main")).ToContainTextAsync("Todistus on voimassa");
        await employer.AssertAxeCleanAsync();
        await employer.SaveAsync("certificates-verify-valid");
        await employer.GotoAsync("/certificates/verify/0000-0000-0000-0000");
        await Assertions.Expect(employer.Locator("main")).ToContainTextAsync("Todistusta ei löydy");
        await employer.AssertAxeCleanAsync();
        await employer.GotoAsync("/certificates/verify?code=abc");
        await employer.AssertAxeCleanAsync();

        var admin = await SignedInAsync("paakayttaja@example.fi");
        await admin.GotoAsync("/admin/certificates");
        await admin.AssertAxeCleanAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "todistus", Exact = true }).ClickAsync();
        await admin.AssertAxeCleanAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Peru todistus" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#Reason-error")).ToBeVisibleAsync();
        await admin.AssertAxeCleanAsync();
        await admin.GetByLabel("Perumisen syy").FillAsync("Myönnetty väärälle henkilölle");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Peru todistus" }).ClickAsync();
        await Assertions.Expect(admin.Locator("main")).ToContainTextAsync("Todistus on peruttu.");
        await admin.AssertAxeCleanAsync();
        await admin.SaveAsync("certificates-admin-revoked");

        await employer.GotoAsync($"/certificates/verify/{code}");
        await Assertions.Expect(employer.Locator("main h2").First).ToHaveTextAsync("Todistus on peruttu");
        await employer.AssertAxeCleanAsync();
        await employer.SaveAsync("certificates-verify-revoked");

        // The holder is told why, and what to do; the administrator reissues; the holder's completion page has the new one.
        await page.GotoAsync("/certificates");
        await Assertions.Expect(page.Locator(".notice--revoked")).ToContainTextAsync("Myönnetty väärälle henkilölle");
        await page.AssertAxeCleanAsync();
        await page.SaveAsync("certificates-mine-revoked");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Myönnä uusi todistus" }).ClickAsync();
        await Assertions.Expect(admin.Locator("main")).ToContainTextAsync("Uusi todistus on myönnetty.");
        await admin.AssertAxeCleanAsync();
        await page.GotoAsync("/certificates/complete");
        await Assertions.Expect(page.Locator("main a[href^='/certificates/verify/']")).Not.ToContainTextAsync(code);
        await page.AssertAxeCleanAsync();
        await page.SaveAsync("certificates-complete-reissued");
    }

    private async Task<IPage> SignedInAsync(string email)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Sähköposti").FillAsync(email);
        await page.GetByLabel("Salasana").FillAsync(SiteFactory.DefaultPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu" }).ClickAsync();
        return page;
    }

    private Task<Certificate> IssueAsync(string userId) => site.WithServiceAsync(async services =>
    {
        var db = services.GetRequiredService<TrainingDbContext>();
        var certificate = new Certificate
        {
            UserId = userId,
            Programme = CertificateProgrammes.TrainingPackage,
            Code = VerificationCode.New(),
            HolderName = "todistus",
            RegionId = "espoo",
            RegionName = new LocalizedText(new Dictionary<string, string> { ["fi"] = "Espoo", ["sv"] = "Esbo", ["en"] = "Espoo" }),
            Issuer = new LocalizedText(new Dictionary<string, string> { ["fi"] = "TrainingSite" }),
            CompletedAt = DateTimeOffset.UtcNow,
            Courses = [new CertificateCourse("guidance-in-multilingual-work", new LocalizedText(new Dictionary<string, string> { ["fi"] = "Ohjaus" }), true, 90)],
        };
        db.Add(certificate);
        await db.SaveChangesAsync();
        return certificate;
    });
}
