using System.Globalization;
using System.Net;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.AuditTrail;

/// <summary>/admin/audit: every filter, newest first, keyset paging, links to the versions' comparison, read-only.</summary>
public abstract class AuditTrailPageTests(SiteFactory site)
{
    private static readonly TimeZoneInfo Finland = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    [Fact]
    public async Task Filters_ShouldEachSelectTheMatchingEvents_NewestFirst()
    {
        var token = AuditSteps.Token();
        var mailer = await site.CreateUserAsync($"mail-{token.ToLowerInvariant()}@example.fi", [Roles.Learner]);
        var now = DateTime.UtcNow;
        await AuditSteps.RecordAsync(
            site,
            (AuditSteps.Record(AuditKinds.ContentPublished, AuditItemTypes.Course, $"{token}-c", $"{token} alpha", "espoo", actor: "Aino 100% Auditor"), now.AddDays(-10)),
            (AuditSteps.Record(AuditKinds.CertificateRevoked, AuditItemTypes.Certificate, "17", $"{token} beta", "helsinki") with { Actor = new AuditActor(mailer.Id, "Bertta") }, now.AddDays(-5)),
            (AuditSteps.Record(AuditKinds.UserCreated, AuditItemTypes.User, $"u-{token}", $"{token} gamma", null, actor: "Cecilia"), now.AddHours(-1)));
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);

        async Task<List<string>> TitlesAsync(string query)
        {
            var (response, page) = await admin.GetPageAsync($"/admin/audit?{query}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return AuditSteps.Titles(page);
        }

        var item = $"item={token}";
        Assert.Equal([$"{token} gamma", $"{token} beta", $"{token} alpha"], await TitlesAsync(item));
        Assert.Equal([$"{token} beta"], await TitlesAsync($"{item}&kind={AuditKinds.CertificateRevoked}"));
        Assert.Equal([$"{token} alpha"], await TitlesAsync($"{item}&actor=aino"));
        Assert.Equal([$"{token} alpha"], await TitlesAsync($"{item}&actor=100%25"));
        Assert.Equal([$"{token} beta"], await TitlesAsync($"{item}&actor=mail-{token.ToLowerInvariant()}%40example"));
        Assert.Empty(await TitlesAsync($"{item}&actor=_ecilia%25x"));
        Assert.Equal([$"{token} beta"], await TitlesAsync($"{item}&region=helsinki"));
        Assert.Equal([$"{token} gamma"], await TitlesAsync($"{item}&region=national"));
        Assert.Equal([$"{token} gamma"], await TitlesAsync($"{item}&type={AuditItemTypes.User}"));
        Assert.Equal([$"{token} gamma"], await TitlesAsync($"item=u-{token}"));
        Assert.Equal([$"{token} alpha"], await TitlesAsync($"item={token}-c"));

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, Finland));
        Assert.Equal([$"{token} beta"], await TitlesAsync($"{item}&from={today.AddDays(-7):yyyy-MM-dd}&to={today.AddDays(-3):yyyy-MM-dd}"));
        var finnish = today.AddDays(-7).ToString("d.M.yyyy", CultureInfo.InvariantCulture);
        Assert.Equal([$"{token} gamma", $"{token} beta"], await TitlesAsync($"{item}&from={finnish}"));
        // Gamma's own Finnish day: an hour before a run just after midnight in Finland is still yesterday there.
        var gammaDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now.AddHours(-1), Finland));
        Assert.Equal([$"{token} gamma"], await TitlesAsync($"{item}&from={gammaDay:yyyy-MM-dd}&to={gammaDay:yyyy-MM-dd}"));
    }

    [Theory]
    [InlineData("from=2026-02-30", "Alkupäivä ei ole päivämäärä")]
    [InlineData("to=eilen", "Loppupäivä ei ole päivämäärä")]
    [InlineData("from=2026-12-06&to=2026-12-01", "Loppupäivä on ennen alkupäivää")]
    [InlineData("kind=content.edited", "Tuntematon tapahtuman laji")]
    [InlineData("type=planet", "Tuntematon kohteen tyyppi")]
    [InlineData("after=1-2-3", "Sivun osoite on virheellinen")]
    public async Task InvalidFilter_ShouldAnswer400_WithALocalizedMessage(string query, string message)
    {
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);

        var (response, page) = await admin.GetPageAsync($"/admin/audit?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.QuerySelector(".error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("table.audit-table"));
    }

    [Fact]
    public async Task Paging_ShouldWalkEveryEventOnce_NewestFirst_EvenWhenTimesAreEqual()
    {
        var token = AuditSteps.Token();
        var now = DateTime.UtcNow;
        // Pairs share a time, so the order and the page boundary rest on the id as well.
        var events = Enumerable.Range(0, 120)
            .Select(i => (AuditSteps.Record(AuditKinds.ContentPublished, AuditItemTypes.Course, null, $"{token} {i:000}", null), now.AddSeconds(-(i / 2))))
            .ToArray();
        await AuditSteps.RecordAsync(site, events);
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);

        var seen = new List<string>();
        var url = $"/admin/audit?item={token}";
        var pages = 0;
        while (url is not null)
        {
            var (response, page) = await admin.GetPageAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("120", page.QuerySelector("p[role=status]")?.TextContent, StringComparison.Ordinal);
            var titles = AuditSteps.Titles(page);
            Assert.InRange(titles.Count, 1, 50);
            seen.AddRange(titles);
            url = page.QuerySelector("a[rel=next]")?.GetAttribute("href")!;
            pages++;
        }

        Assert.Equal(3, pages);
        // Within a pair of equal times the later-recorded (higher id) event comes first.
        var expected = Enumerable.Range(0, 60).SelectMany(pair => new[] { $"{token} {(pair * 2) + 1:000}", $"{token} {pair * 2:000}" }).ToList();
        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task ContentEvents_ShouldLinkToTheItemAndToTheComparisonOfTheirVersion()
    {
        var token = AuditSteps.Token();
        var now = DateTime.UtcNow;
        await AuditSteps.RecordAsync(
            site,
            (AuditSteps.Record(AuditKinds.ContentPublished, AuditItemTypes.Course, "kurssi", $"{token} course", null, version: 3), now.AddMinutes(-1)),
            (AuditSteps.Record(AuditKinds.ContentPublished, AuditItemTypes.Lesson, AuditItemKeys.Lesson("kurssi", "tunti"), $"{token} lesson", null, version: 1), now.AddMinutes(-2)),
            (AuditSteps.Record(AuditKinds.ContentRestored, AuditItemTypes.Quiz, "kurssi", $"{token} quiz", null, version: 2), now.AddMinutes(-3)),
            (AuditSteps.Record(AuditKinds.ContentPublished, AuditItemTypes.GuidanceArticle, "ohje", $"{token} article", "espoo", version: 5), now.AddMinutes(-4)),
            (AuditSteps.Record(AuditKinds.ContentDeleted, AuditItemTypes.Course, "poistettu", $"{token} deleted", null, version: 2), now.AddMinutes(-5)),
            (AuditSteps.Record(AuditKinds.UserCreated, AuditItemTypes.User, "user-1", $"{token} user", null), now.AddMinutes(-6)));
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);

        var (_, page) = await admin.GetPageAsync($"/admin/audit?item={token}");

        var rows = page.QuerySelectorAll("table.audit-table tbody tr").ToList();
        Assert.Equal(6, rows.Count);
        string? Href(int row, string selector) => rows[row].QuerySelector(selector)?.GetAttribute("href");
        Assert.Equal("/authoring/courses/kurssi", Href(0, "a.audit-item"));
        Assert.Equal("/authoring/courses/kurssi/history?from=2&to=3", Href(0, "a.audit-compare"));
        Assert.Equal("/authoring/courses/kurssi/lessons/tunti", Href(1, "a.audit-item"));
        Assert.Equal("/authoring/courses/kurssi/lessons/tunti/history", Href(1, "a.audit-compare"));
        Assert.Equal("/authoring/courses/kurssi/quiz/history?from=1&to=2", Href(2, "a.audit-compare"));
        Assert.Equal("/authoring/guidance/ohje/history?from=4&to=5", Href(3, "a.audit-compare"));
        Assert.Null(Href(4, "a"));
        Assert.Contains("Versio 2", rows[4].TextContent, StringComparison.Ordinal);
        Assert.Equal("/admin/users/user-1", Href(5, "a.audit-item"));
        Assert.Contains("Sisältö julkaistu", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Valtakunnallinen", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Espoo", rows[3].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trail_ShouldOfferNoWayToChangeEvents()
    {
        var token = AuditSteps.Token();
        await AuditSteps.RecordAsync(site, (AuditSteps.Record(AuditKinds.UserDeleted, AuditItemTypes.User, "x", $"{token} kept", null), DateTime.UtcNow));
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        var antiforgery = await admin.AntiforgeryTokenAsync();

        var (page, document) = await admin.GetPageAsync($"/admin/audit?item={token}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.All(document.QuerySelectorAll("main form"), form => Assert.Equal("get", form.GetAttribute("method")));

        foreach (var url in new[] { "/admin/audit", "/reports/audit" })
        {
            var (posted, _) = await admin.PostAsync($"{url}?item={token}", [new("__RequestVerificationToken", antiforgery), new("handler", "Delete")]);
            Assert.Equal(HttpStatusCode.MethodNotAllowed, posted.StatusCode);
            foreach (var method in new[] { HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch })
            {
                using var request = new HttpRequestMessage(method, url);
                var response = await admin.Http.SendAsync(request);
                Assert.False(response.IsSuccessStatusCode, $"{method} {url} answered {(int)response.StatusCode}");
                Assert.InRange((int)response.StatusCode, 400, 499);
            }
        }

        Assert.Single(await AuditSteps.EventsAsync(site, token));
    }
}

public sealed class AuditTrailPageTestsOnSqlite(SqliteSiteFactory site) : AuditTrailPageTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class AuditTrailPageTestsOnPostgres(PostgresSiteFactory site) : AuditTrailPageTests(site), IClassFixture<PostgresSiteFactory>;
