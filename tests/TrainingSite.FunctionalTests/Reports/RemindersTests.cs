using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.AuditTrail.Models;
using TrainingSite.Data;
using TrainingSite.FunctionalTests.Accounts;

namespace TrainingSite.FunctionalTests.Reports;

/// <summary>Reminders: a preview, then mail to exactly the filter's learners in scope (never deactivated or certified ones), audited.</summary>
public abstract class RemindersTests(ReportSite site)
{
    [Fact]
    public async Task PreviewThenSend_ShouldMailTheFiltersLearners_InTheirLanguage_AndRecordTheCount()
    {
        using var vantaa = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["vantaa"]);
        var inRegion = site.Data.Learners.Where(l => l.Region == "vantaa").Select(l => ExpectedLearner.Of(l, site)).ToList();
        var recipients = inRegion.Where(e => !e.Spec.Deactivated && e.Status != "Certified").Select(e => e.Spec).ToList();
        var skipped = inRegion.Where(e => e.Spec.Deactivated || e.Status == "Certified").Select(e => e.Spec).ToList();

        var (previewResponse, preview) = await vantaa.SubmitFormAsync("/reports/learners?region=vantaa", new Dictionary<string, string>(), "form[action='/reports/reminders']");
        var confirm = preview.QuerySelector("form[action*='handler=Send']");
        Assert.True(confirm is not null, preview.QuerySelector("main")?.InnerHtml);
        var (sent, _) = await vantaa.PostAsync(
            confirm!.GetAttribute("action")!,
            [new("__RequestVerificationToken", preview.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), new("region", "vantaa")]);
        var (_, after) = await vantaa.GetPageAsync(sent.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.OK, previewResponse.StatusCode);
        Assert.Equal($"Muistutus lähtee {recipients.Count} oppijalle.", preview.QuerySelector("[role=status]")?.TextContent.Trim());
        Assert.Contains("[oppijan nimi]", preview.QuerySelector("section[lang=fi] .mail-body")?.TextContent);
        Assert.NotNull(preview.QuerySelector("section[lang=sv]"));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains($"Muistutus lähetettiin {recipients.Count} oppijalle.", after.Source.Text, StringComparison.Ordinal);
        foreach (var recipient in recipients)
        {
            var mail = await Mailbox.FindToAsync(site, recipient.Email);
            Assert.NotNull(mail);
            Assert.Contains(recipient.Name, mail, StringComparison.Ordinal);
            Assert.Contains("https://koulutus.example.fi/dashboard", mail, StringComparison.Ordinal);
            var greeting = recipient.Language switch { "sv" => $"Hej {recipient.Name}", "en" => $"Hello {recipient.Name}", _ => $"Hei {recipient.Name}" };
            Assert.Contains(greeting, mail, StringComparison.Ordinal);
        }

        foreach (var learner in skipped.Concat(site.Data.Learners.Where(l => l.Region != "vantaa")))
        {
            Assert.Null(await Mailbox.FindToAsync(site, learner.Email, TimeSpan.Zero));
        }

        var audited = await site.WithServiceAsync(s => s.GetRequiredService<TrainingDbContext>().Set<AuditEvent>()
            .Where(a => a.Kind == AuditKinds.RemindersSent).ToListAsync());
        var entry = Assert.Single(audited);
        Assert.Equal("vantaa", entry.RegionId);
        Assert.Contains($"sent={recipients.Count}", entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CraftedPost_ForAnotherRegion_ShouldSendNothing()
    {
        using var espoo = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        var token = await espoo.AntiforgeryTokenAsync("/reports/learners");

        var (helsinki, _) = await espoo.PostAsync("/reports/reminders?handler=Send", [new("__RequestVerificationToken", token), new("region", "helsinki")]);
        var (bad, badPage) = await espoo.PostAsync("/reports/reminders?handler=Send", [new("__RequestVerificationToken", token), new("status", "xyz")]);
        var (noToken, _) = await espoo.PostAsync("/reports/reminders?handler=Send", [new("region", "espoo")]);

        Assert.Equal(HttpStatusCode.NotFound, helsinki.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.NotNull(badPage.QuerySelector(".error-summary"));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        foreach (var learner in site.Data.Learners.Where(l => l.Region is "helsinki" or "espoo"))
        {
            Assert.Null(await Mailbox.FindToAsync(site, learner.Email, TimeSpan.Zero));
        }
    }
}

public sealed class RemindersTestsOnSqlite(SqliteReportSite site) : RemindersTests(site), IClassFixture<SqliteReportSite>;

public sealed class RemindersTestsOnPostgres(PostgresReportSite site) : RemindersTests(site), IClassFixture<PostgresReportSite>;
