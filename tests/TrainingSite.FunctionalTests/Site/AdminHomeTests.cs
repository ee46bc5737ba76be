using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.FunctionalTests.Certificates;
using TrainingSite.FunctionalTests.Guidance;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Site;

/// <summary>
/// /admin shows, beside its links, learners, completions this month, valid certificates and drafts waiting, counted on
/// the server within the user's scope: an Espoo coordinator counts Espoo's learners and drafts, an administrator all.
/// </summary>
public abstract partial class AdminHomeTests(CertificateSite site)
{
    [Fact]
    public async Task AdminHome_ShouldCountLearnersCompletionsCertificatesAndDrafts_WithinTheUsersScope()
    {
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        var (adminBefore, coordinatorBefore) = (await FiguresAsync(admin), await FiguresAsync(coordinator));
        var (holder, _, _) = await CertificateSteps.HolderAsync(site); // an Espoo learner who completed the package now
        holder.Dispose();
        await site.CreateUserAsync($"helsinki-{Guid.NewGuid():N}@example.fi", [Roles.Learner], homeRegion: "helsinki");
        var lessonUrl = $"/authoring/courses/{site.Espoo}/lessons/{site.Espoo}-l";
        var (saved, _) = await coordinator.SubmitFormAsync(lessonUrl, new Dictionary<string, string>
        {
            ["Input.Title[fi]"] = "Luonnoksen otsikko",
            ["Input.Text[fi]"] = "Luonnoksen teksti",
            ["Input.Minutes"] = "5",
        }, formSelector: "form[data-markdown-editor]", submitName: "handler", submitValue: "Save");
        await GuidanceSeed.ImportAsync(site, GuidanceSeed.Article(GuidanceSeed.NewId("home"), "helsinki", status: "draft"));

        var adminAfter = await FiguresAsync(admin);
        var coordinatorAfter = await FiguresAsync(coordinator);
        var (_, page) = await coordinator.GetPageAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(
            new Dictionary<string, int> { ["learners"] = 2, ["completed"] = 1, ["certificates"] = 1, ["drafts"] = 2 },
            Delta(adminBefore, adminAfter));
        Assert.Equal(
            new Dictionary<string, int> { ["learners"] = 1, ["completed"] = 1, ["certificates"] = 1, ["drafts"] = 1 },
            Delta(coordinatorBefore, coordinatorAfter));
        // Only this test makes learners in this site, so the coordinator's Espoo has exactly one: the singular forms.
        Assert.Equal("1 oppija", Figure(page, "learners"));
        Assert.Equal("1 suoritus tässä kuussa", Figure(page, "completed"));
        Assert.Equal("1 voimassa oleva todistus", Figure(page, "certificates"));
        Assert.NotEmpty(page.QuerySelectorAll("main ul.link-list a"));
    }

    [Fact]
    public async Task AdminHome_ShouldBe403_WithoutAnyAdministrationPermission_AndSpeakTheUsersLanguage()
    {
        using var nobody = await site.SignedInClientAsync([]);
        using var admin = await site.SignedInClientAsync([Roles.Administrator], language: "sv");

        var (forbidden, _) = await nobody.GetPageAsync("/admin");
        var (shown, page) = await admin.GetPageAsync("/admin");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Matches(@"^\d+ deltagare$", Figure(page, "learners"));
        Assert.Matches(@"^\d+ giltig(t|a) intyg$", Figure(page, "certificates"));
        Assert.Matches(@"^\d+ utkast väntar på publicering$", Figure(page, "drafts"));
    }

    /// <summary>The admin home's figures by name, as the user sees them.</summary>
    internal static async Task<Dictionary<string, int>> FiguresAsync(SiteClient client)
    {
        var (response, page) = await client.GetPageAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page.QuerySelectorAll("main [data-figure]").ToDictionary(
            e => e.GetAttribute("data-figure")!,
            e => int.Parse(LeadingNumber().Match(e.TextContent).Value, CultureInfo.InvariantCulture));
    }

    private static Dictionary<string, int> Delta(Dictionary<string, int> before, Dictionary<string, int> after) =>
        after.ToDictionary(p => p.Key, p => p.Value - before.GetValueOrDefault(p.Key));

    private static string? Figure(IDocument page, string name) => page.QuerySelector($"main [data-figure={name}]")?.TextContent.Trim();

    [GeneratedRegex(@"^\s*\d+")]
    private static partial Regex LeadingNumber();
}

public sealed class AdminHomeTestsOnSqlite(SqliteCertificateSite site) : AdminHomeTests(site), IClassFixture<SqliteCertificateSite>;

public sealed class AdminHomeTestsOnPostgres(PostgresCertificateSite site) : AdminHomeTests(site), IClassFixture<PostgresCertificateSite>;
