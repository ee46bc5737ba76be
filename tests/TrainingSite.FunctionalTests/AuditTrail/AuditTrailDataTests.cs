using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.AuditTrail.Models;
using TrainingSite.Data;
using TrainingSite.Data.Regions;
using TrainingSite.FunctionalTests.Accounts;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.AuditTrail;

/// <summary>The trail's data: written with the change or not at all, the client address as configured, pruned by age, and a person's part exported and erased.</summary>
public abstract class AuditTrailDataTests(SiteFactory site)
{
    [Fact]
    public async Task Retention_ShouldDeleteOnlyTheEventsOlderThanTheSetting()
    {
        var token = AuditSteps.Token();
        var now = DateTime.UtcNow;
        await AuditSteps.RecordAsync(
            site,
            [.. new[] { 2000, 800, 731, 729, 1 }.Select(days =>
                (AuditSteps.Record(AuditKinds.UserCreated, AuditItemTypes.User, null, $"{token} {days}", null), now.AddDays(-days)))]);

        await site.WithServiceAsync(async services =>
        {
            var task = services.GetServices<IDailyTask>().Single(t => t.Name == "audit-retention");
            await task.RunAsync(CancellationToken.None);
            await task.RunAsync(CancellationToken.None); // twice is harmless (every node runs it)
            return 0;
        });

        Assert.Equal([$"{token} 729", $"{token} 1"], (await AuditSteps.EventsAsync(site, token)).Select(e => e.ItemTitle));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void Startup_ShouldFail_NamingTheSetting_WhenRetentionIsNotPositive(string days)
    {
        using var factory = site.WithWebHostBuilder(builder => builder.UseSetting("Audit:RetentionDays", days));

        var failure = Assert.ThrowsAny<Exception>(() => factory.Services);

        Assert.Contains("Audit:RetentionDays", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writer_ShouldRecordTheClientAddress_OnlyWhileTheSettingIsOn()
    {
        var token = AuditSteps.Token();
        await RecordFromAsync(site, token + " on");
        using (var off = site.WithWebHostBuilder(builder => builder.UseSetting("Audit:RecordClientAddress", "false")))
        {
            await RecordFromAsync(off, token + " off");
        }

        var events = await AuditSteps.EventsAsync(site, token);
        Assert.Equal("192.0.2.7", events.Single(e => e.ItemTitle == token + " on").ClientAddress);
        Assert.Null(events.Single(e => e.ItemTitle == token + " off").ClientAddress);

        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        var (_, page) = await admin.GetPageAsync($"/admin/audit?item={token}");
        Assert.Contains("Osoite: 192.0.2.7", page.QuerySelector("table.audit-table")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Event_ShouldNotBeWritten_WhenTheCallersSaveChangesFails()
    {
        var token = AuditSteps.Token();

        await Assert.ThrowsAsync<DbUpdateException>(() => site.WithServiceAsync(async services =>
        {
            services.GetRequiredService<IAuditTrail>().Record(AuditSteps.Record(AuditKinds.UserRegionsChanged, AuditItemTypes.User, "u", token, "espoo"));
            var db = services.GetRequiredService<TrainingDbContext>();
            db.Regions.Add(new Region { Id = "espoo" }); // the change fails: the region exists
            return await db.SaveChangesAsync();
        }));

        Assert.Empty(await AuditSteps.EventsAsync(site, token));
    }

    [Fact]
    public async Task PersonalData_ShouldExportTheirEvents_AndErasureShouldKeepTheEventsWithoutTheirIdentity()
    {
        var token = AuditSteps.Token();
        var email = $"actor-{token.ToLowerInvariant()}@example.fi";
        var user = await site.CreateUserAsync(email, [Roles.Learner], homeRegion: "espoo");
        var now = DateTime.UtcNow;
        var byThem = new AuditActor(user.Id, user.DisplayName);
        await AuditSteps.RecordAsync(
            site,
            (AuditSteps.Record(AuditKinds.ReportExported, AuditItemTypes.Report, "learners", $"{token} export", "espoo") with { Actor = byThem }, now.AddMinutes(-3)),
            (AuditSteps.Record(AuditKinds.CertificateIssued, AuditItemTypes.Certificate, "5", $"{token} certificate", "espoo") with { Actor = byThem }, now.AddMinutes(-2)),
            (AuditSteps.Record(AuditKinds.UserRolesChanged, AuditItemTypes.User, user.Id, $"{token} {user.DisplayName}", "espoo", actor: "Admin"), now.AddMinutes(-1)),
            (AuditSteps.Record(AuditKinds.CertificateRevoked, AuditItemTypes.Certificate, "5", $"{token} {user.DisplayName}", "espoo", actor: "Admin") with { Details = $"reason: {user.DisplayName} asked" }, now));
        await site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Set<AuditEvent>()
            .Where(e => e.ActorId == user.Id).ExecuteUpdateAsync(set => set.SetProperty(e => e.ClientAddress, "198.51.100.4")));
        var ids = (await AuditSteps.EventsAsync(site, token)).Select(e => e.Id).ToList();
        using var client = site.CreateSiteClient();
        await client.SignInAsync(email, SiteFactory.DefaultPassword);

        using (var export = JsonDocument.Parse(await client.Http.GetStringAsync("/account/data?handler=Download")))
        {
            var events = export.RootElement.GetProperty("auditEvents").EnumerateArray().ToList();
            Assert.Equal([$"{token} export", $"{token} certificate"], events.Select(e => e.GetProperty("itemTitle").GetString()));
        }

        var (deleted, _) = await DataRightsSteps.DeleteOwnAccountAsync(client, SiteFactory.DefaultPassword);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        var kept = await site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Set<AuditEvent>().AsNoTracking()
            .Where(e => ids.Contains(e.Id)).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(4, kept.Count);
        Assert.All(kept.Take(2), e =>
        {
            Assert.Equal(ContentVersion.DeletedUser, e.ActorId);
            Assert.Equal(string.Empty, e.ActorName);
            Assert.Null(e.ClientAddress);
        });
        Assert.Equal(user.Id, kept[2].ItemId);
        Assert.Null(kept[2].ItemTitle);
        Assert.Equal("Admin", kept[2].ActorName);
        Assert.All(kept.Where(e => e.ItemType == AuditItemTypes.Certificate), e => Assert.Equal(("5", null, null), (e.ItemId, e.ItemTitle, e.Details)));
        Assert.Equal("Admin", kept[3].ActorName);

        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        var (_, page) = await admin.GetPageAsync($"/admin/audit?item={token}");
        Assert.Contains("poistettu käyttäjä", page.QuerySelector("table.audit-table")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(user.DisplayName, page.QuerySelector("table.audit-table")?.TextContent, StringComparison.Ordinal);
    }

    private static async Task RecordFromAsync(WebApplicationFactory<Program> factory, string title)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var http = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        http.HttpContext = new DefaultHttpContext { Connection = { RemoteIpAddress = System.Net.IPAddress.Parse("192.0.2.7") } };
        try
        {
            scope.ServiceProvider.GetRequiredService<IAuditTrail>().Record(AuditSteps.Record(AuditKinds.UserLockedOut, AuditItemTypes.User, "u", title, null));
            await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().SaveChangesAsync();
        }
        finally
        {
            http.HttpContext = null;
        }
    }
}

public sealed class AuditTrailDataTestsOnSqlite(SqliteSiteFactory site) : AuditTrailDataTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class AuditTrailDataTestsOnPostgres(PostgresSiteFactory site) : AuditTrailDataTests(site), IClassFixture<PostgresSiteFactory>;
