using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.AuditTrail.Models;
using TrainingSite.Data;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.ServiceDirectory;

/// <summary>
/// Keeping service points at /authoring/directory: a coordinator creates a point of their region as a draft the public
/// does not see, publishes it, saves changes as a new draft with a history; the form's problems (overlapping hours, a bad
/// phone number) come back as the page with every message linked to its field, writing nothing.
/// </summary>
public abstract class ServicePointAuthoringTests(SiteFactory site)
{
    [Fact]
    public async Task Create_ShouldMakeADraftThePublicDoesNotSee_UntilPublished_AndKeepEachVersionInTheHistory()
    {
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        var id = ServicePointSeed.NewId("zz-aut-new");
        var (_, newPage) = await coordinator.GetPageAsync("/authoring/directory/new");
        var monday = EditorForm.Slots(newPage, "inPerson", "mon");

        var (created, _) = await coordinator.PostAsync("/authoring/directory/new", EditorForm.Values(newPage, new Dictionary<string, string>
        {
            ["Region"] = "espoo",
            ["PointId"] = id,
            ["Input.Name[fi]"] = "Espoon neuvontapiste",
            ["Input.Name[sv]"] = "Esbo rådgivning",
            ["Input.Organisation[fi]"] = "Espoon kaupunki",
            ["Input.Kind"] = "municipality",
            ["Input.City[fi]"] = "Espoo",
            ["Input.Phone"] = "+358 9 816 57070",
            ["Input.Web"] = "https://www.espoo.fi/",
            ["Input.Languages"] = "fi, sv, EN, so",
            ["Input.Topics"] = "housing",
            ["Input.Appointment[fi]"] = "Tule käymään ilman ajanvarausta.",
            [$"Input.Hours[{monday[0]}].Opens"] = "09:00",
            [$"Input.Hours[{monday[0]}].Closes"] = "12:00",
            [$"Input.Hours[{monday[1]}].Opens"] = "13.00",
            [$"Input.Hours[{monday[1]}].Closes"] = "16:00",
            ["Input.Exceptions[0].Date"] = "2026-12-24",
            ["Input.Exceptions[0].Closed"] = "true",
            ["Input.Exceptions[0].Note[fi]"] = "Jouluaatto",
        }));
        var url = created.Headers.Location?.OriginalString;
        var whileDraft = await ServicePointSeed.PublishedAsync(site, id);
        var (_, editor) = await coordinator.GetPageAsync($"/authoring/directory/{id}");
        var (published, _) = await coordinator.PostAsync($"/authoring/directory/{id}?handler=Publish", EditorForm.Values(editor, new Dictionary<string, string> { ["publishAnyway"] = "true" }, "form[action*='Publish']"));
        var live = await ServicePointSeed.PublishedAsync(site, id);
        var (_, again) = await coordinator.GetPageAsync($"/authoring/directory/{id}");
        var (saved, _) = await coordinator.PostAsync($"/authoring/directory/{id}?handler=Save", EditorForm.Values(again, new Dictionary<string, string> { ["Input.Phone"] = "+358 9 816 00000" }));
        var stillLive = await ServicePointSeed.PublishedAsync(site, id);
        var (historyResponse, history) = await coordinator.GetPageAsync($"/authoring/directory/{id}/history");
        var (_, list) = await coordinator.GetPageAsync("/authoring/directory");
        var audited = await site.WithServiceAsync(s => s.GetRequiredService<TrainingDbContext>().Set<AuditEvent>()
            .Where(a => a.ItemId == id).Select(a => new { a.Kind, a.ItemType, a.RegionId }).ToListAsync());

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal($"/authoring/directory/{id}", url);
        Assert.Null(whileDraft);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.NotNull(live);
        Assert.Equal("espoo", live.RegionId);
        Assert.Equal("Espoon neuvontapiste", live.Version.Title["fi"]);
        Assert.Equal(["fi", "sv", "en", "so"], live.Version.Languages);
        Assert.Equal(["housing"], live.Version.Topics);
        Assert.Equal([(DayOfWeek.Monday, 540, 720), (DayOfWeek.Monday, 780, 960)], live.Version.Schedule.Select(r => (r.Day, r.Opens, r.Closes)).OrderBy(r => r.Opens));
        var closed = Assert.Single(live.Version.Exceptions);
        Assert.True(closed.Closed);
        Assert.Equal("Jouluaatto", closed.Note!["fi"]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("+358 9 816 57070", stillLive!.Version.Phone);
        Assert.Equal([(1, true, "+358 9 816 57070"), (2, false, "+358 9 816 00000")], (await ServicePointSeed.VersionsAsync(site, id)).Select(v => (v.Number, v.IsPublished, v.Phone)));
        Assert.Equal(HttpStatusCode.OK, historyResponse.StatusCode);
        Assert.Equal(2, history.QuerySelectorAll("input[name=from]").Length);
        Assert.NotNull(list.QuerySelector($"#point-{id} [data-state=changed]"));
        Assert.Contains(new { Kind = AuditKinds.ContentPublished, ItemType = AuditItemTypes.ServicePoint, RegionId = (string?)"espoo" }, audited);
    }

    [Fact]
    public async Task Save_ShouldAnswerThePageWithEveryProblemLinkedToItsField_AndWriteNothing_WhenHoursOverlapAndThePhoneIsBad()
    {
        var id = ServicePointSeed.NewId("zz-aut-bad");
        await ServicePointSeed.ImportAsync(site, ServicePointSeed.Point(id, "espoo"));
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"], language: "en");
        var (_, editor) = await coordinator.GetPageAsync($"/authoring/directory/{id}");
        var tuesday = EditorForm.Slots(editor, "inPerson", "tue");

        var (response, page) = await coordinator.PostAsync($"/authoring/directory/{id}?handler=Save", EditorForm.Values(editor, new Dictionary<string, string>
        {
            ["Input.Phone"] = "call us",
            [$"Input.Hours[{tuesday[1]}].Opens"] = "15:00",
            [$"Input.Hours[{tuesday[1]}].Closes"] = "18:00",
            ["Input.Exceptions[1].Date"] = "2026-12-31",
            ["Input.Exceptions[1].Opens"] = "25:00",
            ["Input.Exceptions[1].Closes"] = "13:00",
        }));

        var links = page.QuerySelectorAll(".error-summary a").Select(a => (Href: a.GetAttribute("href"), Text: a.TextContent)).ToList();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(links, l => l.Href == "#Input_Phone" && l.Text.Contains("invalid phone number 'call us'", StringComparison.Ordinal));
        Assert.Contains(links, l => l.Href == $"#Input_Hours_{tuesday[1]}__Opens" && l.Text.Contains("overlaps", StringComparison.Ordinal) && l.Text.Contains("Tuesday", StringComparison.Ordinal));
        Assert.Contains(links, l => l.Href == "#Input_Exceptions_1__Opens" && l.Text.Contains("'25:00'", StringComparison.Ordinal));
        Assert.All(links, l => Assert.NotNull(page.QuerySelector(l.Href!)));
        Assert.Equal("call us", page.QuerySelector("#Input_Phone")?.GetAttribute("value"));
        Assert.Single(await ServicePointSeed.VersionsAsync(site, id));
    }

    [Theory]
    [InlineData("Bad Id!", "saa olla vain pieniä kirjaimia")]
    [InlineData(null, "on jo käytössä")]
    public async Task Create_ShouldRefuseAMalformedOrTakenId_AtItsField(string? chosen, string message)
    {
        var existing = ServicePointSeed.NewId("zz-aut-taken");
        await ServicePointSeed.ImportAsync(site, ServicePointSeed.Point(existing, "espoo"));
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        var (_, newPage) = await admin.GetPageAsync("/authoring/directory/new");

        var (response, page) = await admin.PostAsync("/authoring/directory/new", EditorForm.Values(newPage, new Dictionary<string, string>
        {
            ["Region"] = "espoo",
            ["PointId"] = chosen ?? existing,
            ["Input.Name[fi]"] = "Uusi piste",
            ["Input.Organisation[fi]"] = "Espoon kaupunki",
            ["Input.Kind"] = "municipality",
            ["Input.Topics"] = "housing",
            ["Input.Appointment[fi]"] = "Soita.",
            ["Input.CheckedOn"] = "2026-12-06",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.QuerySelector(".error-summary a[href='#PointId']")?.TextContent, StringComparison.Ordinal);
        Assert.Single(await ServicePointSeed.VersionsAsync(site, existing));
    }

    [Fact]
    public async Task Post_ShouldNeverAnswer500_WhenTheGridNamesARowItSendsNoFieldsFor()
    {
        var id = ServicePointSeed.NewId("zz-aut-null");
        await ServicePointSeed.ImportAsync(site, ServicePointSeed.Point(id, "espoo"));
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        var (_, editor) = await admin.GetPageAsync($"/authoring/directory/{id}");
        var (_, newPage) = await admin.GetPageAsync("/authoring/directory/new");
        var rowsWithoutFields = new Dictionary<string, string> { ["Input.Hours.index"] = "x", ["Input.Exceptions.index"] = "y" };

        var (edited, _) = await admin.PostAsync($"/authoring/directory/{id}?handler=Save", EditorForm.Values(editor, rowsWithoutFields));
        var (created, _) = await admin.PostAsync("/authoring/directory/new", EditorForm.Values(newPage, rowsWithoutFields));

        Assert.True((int)edited.StatusCode < 500, $"the editor answered {(int)edited.StatusCode}");
        Assert.True((int)created.StatusCode < 500, $"the new point page answered {(int)created.StatusCode}");
    }

    [Fact]
    public async Task Coordinator_ShouldKeepTheirOwnRegionsPoints_AndGet403ForAnotherRegionsAndNationalOnes_ByGetAndByPost()
    {
        var (espoo, vantaa, national) = (ServicePointSeed.NewId("zz-aut-e"), ServicePointSeed.NewId("zz-aut-v"), ServicePointSeed.NewId("zz-aut-n"));
        await ServicePointSeed.ImportAsync(site, ServicePointSeed.Point(espoo, "espoo"), ServicePointSeed.Point(vantaa, "vantaa"), ServicePointSeed.Point(national, null));
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        var token = await coordinator.AntiforgeryTokenAsync();
        var (_, own) = await coordinator.GetPageAsync($"/authoring/directory/{espoo}");
        var crafted = EditorForm.Values(own, new Dictionary<string, string> { ["Input.Phone"] = "+358 40 000 0000" });

        var statuses = new List<(string What, HttpStatusCode Status)>();
        foreach (var other in new[] { vantaa, national })
        {
            statuses.Add(($"GET {other}", (await coordinator.Http.GetAsync($"/authoring/directory/{other}")).StatusCode));
            statuses.Add(($"GET {other}/history", (await coordinator.Http.GetAsync($"/authoring/directory/{other}/history")).StatusCode));
            statuses.Add(($"Save {other}", (await coordinator.PostAsync($"/authoring/directory/{other}?handler=Save", crafted)).Response.StatusCode));
            statuses.Add(($"Publish {other}", (await coordinator.PostAsync($"/authoring/directory/{other}?handler=Publish", [new("__RequestVerificationToken", token), new("publishAnyway", "true")])).Response.StatusCode));
            statuses.Add(($"Restore {other}", (await coordinator.PostAsync($"/authoring/directory/{other}/history?handler=Restore", [new("__RequestVerificationToken", token), new("number", "1")])).Response.StatusCode));
        }

        foreach (var region in new[] { "vantaa", "national" })
        {
            statuses.Add(($"New in {region}", (await coordinator.PostAsync("/authoring/directory/new", [.. crafted.Where(v => v.Key.StartsWith("Input.", StringComparison.Ordinal) || v.Key == "__RequestVerificationToken"), new("Region", region)])).Response.StatusCode));
        }

        var (ownSave, _) = await coordinator.PostAsync($"/authoring/directory/{espoo}?handler=Save", crafted);
        var (_, list) = await coordinator.GetPageAsync("/authoring/directory");
        var (_, newPage) = await coordinator.GetPageAsync("/authoring/directory/new");

        Assert.All(statuses, s => Assert.True(s.Status == HttpStatusCode.Forbidden, $"{s.What} answered {(int)s.Status}"));
        Assert.Equal(HttpStatusCode.Redirect, ownSave.StatusCode);
        Assert.Equal("+358 40 000 0000", (await ServicePointSeed.VersionsAsync(site, espoo)).Last().Phone);
        Assert.All(await Task.WhenAll(ServicePointSeed.VersionsAsync(site, vantaa), ServicePointSeed.VersionsAsync(site, national)), versions => Assert.Single(versions));
        Assert.NotNull(list.QuerySelector($"a[href='/authoring/directory/{espoo}']"));
        Assert.Null(list.QuerySelector($"a[href='/authoring/directory/{vantaa}']"));
        Assert.Null(list.QuerySelector($"a[href='/authoring/directory/{national}']"));
        Assert.Equal(["espoo"], newPage.QuerySelectorAll("select[name=Region] option").Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public async Task Administrator_ShouldEditAndPublishANationalPoint()
    {
        var id = ServicePointSeed.NewId("zz-aut-adm");
        await ServicePointSeed.ImportAsync(site, ServicePointSeed.Point(id, null));
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        var (_, editor) = await admin.GetPageAsync($"/authoring/directory/{id}");

        var (saved, _) = await admin.PostAsync($"/authoring/directory/{id}?handler=Save", EditorForm.Values(editor, new Dictionary<string, string> { ["Input.Phone"] = "0295 419 600" }));
        var (_, changed) = await admin.GetPageAsync($"/authoring/directory/{id}");
        var (published, _) = await admin.PostAsync($"/authoring/directory/{id}?handler=Publish", EditorForm.Values(changed, new Dictionary<string, string> { ["publishAnyway"] = "true" }, "form[action*='Publish']"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var live = await ServicePointSeed.PublishedAsync(site, id);
        Assert.Null(live!.RegionId);
        Assert.Equal("0295 419 600", live.Version.Phone);
    }

    [Fact]
    public async Task Discard_ShouldFallBackToTheLiveVersion_AndRestore_ShouldMakeAnEarlierVersionTheDraft_BothAudited()
    {
        var id = ServicePointSeed.NewId("zz-aut-hist");
        await ServicePointSeed.ImportAsync(site, ServicePointSeed.Point(id, "espoo"));
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        var token = await coordinator.AntiforgeryTokenAsync();
        var (_, editor) = await coordinator.GetPageAsync($"/authoring/directory/{id}");
        await coordinator.PostAsync($"/authoring/directory/{id}?handler=Save", EditorForm.Values(editor, new Dictionary<string, string> { ["Input.Phone"] = "+358 40 222 2222" }));

        var (discarded, _) = await coordinator.PostAsync($"/authoring/directory/{id}?handler=Discard", [new("__RequestVerificationToken", token)]);
        var afterDiscard = await ServicePointSeed.VersionsAsync(site, id);
        await coordinator.PostAsync($"/authoring/directory/{id}?handler=Save", EditorForm.Values(editor, new Dictionary<string, string> { ["Input.Phone"] = "+358 40 333 3333" }));
        await coordinator.PostAsync($"/authoring/directory/{id}?handler=Publish", [new("__RequestVerificationToken", token), new("publishAnyway", "true")]);
        var (restored, _) = await coordinator.PostAsync($"/authoring/directory/{id}/history?handler=Restore", [new("__RequestVerificationToken", token), new("number", "1")]);
        var (_, admin) = await coordinator.GetPageAsync("/admin");
        var audited = await site.WithServiceAsync(s => s.GetRequiredService<TrainingDbContext>().Set<AuditEvent>()
            .Where(a => a.ItemId == id).OrderBy(a => a.Id).Select(a => a.Kind).ToListAsync());

        Assert.Equal(HttpStatusCode.Redirect, discarded.StatusCode);
        Assert.Equal([(1, true, "+358 20 692 202")], afterDiscard.Select(v => (v.Number, v.IsPublished, v.Phone)));
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal(
            [(1, false, "+358 20 692 202"), (2, true, "+358 40 333 3333"), (3, false, "+358 20 692 202")],
            (await ServicePointSeed.VersionsAsync(site, id)).Select(v => (v.Number, v.IsPublished, v.Phone)));
        Assert.Equal("+358 40 333 3333", (await ServicePointSeed.PublishedAsync(site, id))!.Version.Phone);
        Assert.Equal([AuditKinds.ContentDiscarded, AuditKinds.ContentPublished, AuditKinds.ContentRestored], audited);
        Assert.Equal("Palvelupisteiden ylläpito", admin.QuerySelector("a[href='/authoring/directory']")?.TextContent.Trim());
    }

    [Fact]
    public async Task Post_ShouldAnswer400AndChangeNothing_WithoutTheAntiforgeryToken()
    {
        var id = ServicePointSeed.NewId("zz-aut-csrf");
        await ServicePointSeed.ImportAsync(site, ServicePointSeed.Point(id, "espoo"));
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        var (_, editor) = await coordinator.GetPageAsync($"/authoring/directory/{id}");
        var values = EditorForm.Values(editor, new Dictionary<string, string> { ["Input.Phone"] = "+358 40 111 1111" }).Where(v => v.Key != "__RequestVerificationToken");

        var (save, _) = await coordinator.PostAsync($"/authoring/directory/{id}?handler=Save", values);
        var (create, _) = await coordinator.PostAsync("/authoring/directory/new", [.. values, new("Region", "espoo")]);

        Assert.Equal(HttpStatusCode.BadRequest, save.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, create.StatusCode);
        Assert.Single(await ServicePointSeed.VersionsAsync(site, id));
    }

    [Fact]
    public async Task Editor_ShouldAnswer404_ForAnUnknownOrMalformedId()
    {
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);

        var unknown = await admin.Http.GetAsync("/authoring/directory/zz-no-such-point");
        var malformed = await admin.Http.GetAsync("/authoring/directory/%20/history");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
    }
}

public sealed class ServicePointAuthoringTestsOnSqlite(SqliteSiteFactory site) : ServicePointAuthoringTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class ServicePointAuthoringTestsOnPostgres(PostgresSiteFactory site) : ServicePointAuthoringTests(site), IClassFixture<PostgresSiteFactory>;
