using System.Net;
using Microsoft.Extensions.Logging;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Site;

/// <summary>
/// Hostile input that once answered 500: titles with Unicode noncharacters, blank route ids, and posts with a
/// missing or forged antiforgery token. Each is refused with a 4xx and a localized message, by one mechanism
/// for every page and endpoint, and none leaves a stack trace in the log.
/// </summary>
public abstract class InputGuardTests(SiteFactory site)
{
    public static TheoryData<string> Noncharacters => new() { "\uFFFE", "\uFFFF", "\uFDD0", "\U0010FFFF" };

    [Theory]
    [MemberData(nameof(Noncharacters))]
    public async Task Titles_WithNoncharacters_ShouldAnswer400WithALocalizedReason_OnEveryAuthoringForm(string bad)
    {
        using var admin = await site.SignedInClientAsync([Roles.Administrator], language: "sv");
        var courseTitle = $"Kurs {Guid.NewGuid():N}";
        var (course, _) = await admin.SubmitFormAsync("/authoring/courses/new", new Dictionary<string, string> { ["Part"] = "national", ["Input.Title[fi]"] = courseTitle, ["Input.Text[fi]"] = "Tiivistelmä" });
        var courseUrl = course.Headers.Location!.OriginalString;

        var (newCourse, coursePage) = await admin.SubmitFormAsync("/authoring/courses/new", new Dictionary<string, string> { ["Part"] = "national", ["Input.Title[fi]"] = $"Otsikko{bad}", ["Input.Text[fi]"] = "Tiivistelmä" });
        var (newLesson, lessonPage) = await admin.SubmitFormAsync($"{courseUrl}/lessons/new", new Dictionary<string, string>
        {
            ["Input.Title[fi]"] = $"Oppitunti{bad}",
            ["Input.Text[fi]"] = "Teksti.",
            ["Input.Minutes"] = "4",
        }, formSelector: "form[data-markdown-editor]", submitName: "handler", submitValue: "Save");
        var (newArticle, articlePage) = await admin.SubmitFormAsync("/authoring/guidance/new", new Dictionary<string, string>
        {
            ["Input.Title[fi]"] = $"Ohje{bad}",
            ["Input.Text[fi]"] = "Teksti.",
            ["Input.TopicId"] = "housing",
            ["Input.Audience"] = "public",
        });

        Assert.Equal(HttpStatusCode.Redirect, course.StatusCode);
        foreach (var (response, page) in new[] { (newCourse, coursePage), (newLesson, lessonPage), (newArticle, articlePage) })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
            Assert.Contains("tecken som inte kan sparas", page.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Query_WithANoncharacter_ShouldAnswer400_AsAJsonProblem_OnTheApi()
    {
        using var client = site.CreateSiteClient();

        using var response = await client.Http.GetAsync("/api/guidance/search?q=asuminen%EF%BF%BE&lang=fi");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("joita ei voi tallentaa", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/authoring/guidance/%20")]
    [InlineData("/authoring/guidance/%20/history")]
    [InlineData("/authoring/guidance/%20%09")]
    [InlineData("/authoring/courses/%20")]
    [InlineData("/courses/%20")]
    [InlineData("/guidance/%20")]
    public async Task BlankRouteIds_ShouldAnswer404(string url)
    {
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);

        var (response, page) = await admin.GetPageAsync(url, acceptLanguage: "en");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("CfDJ8forged-token")]
    public async Task MarkdownPreview_WithoutAValidAntiforgeryToken_ShouldAnswer400_AndLogNoStackTrace(string? token)
    {
        using var author = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        var before = site.Logs.Entries.Count;
        var fields = new List<KeyValuePair<string, string>> { new("markdown", "**lihava**") };
        if (token is not null)
        {
            fields.Add(new("__RequestVerificationToken", token));
        }

        var (preview, _) = await author.PostAsync("/api/markdown/preview", fields);
        var (page, document) = await author.PostAsync("/account/profile", fields);
        var (valid, _) = await author.PostAsync("/api/markdown/preview", [new("markdown", "**lihava**"), new("__RequestVerificationToken", await author.AntiforgeryTokenAsync())]);

        Assert.Equal(HttpStatusCode.BadRequest, preview.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.NotNull(document.QuerySelector("h1"));
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        var logged = site.Logs.Entries.Skip(before).Where(e => e.Level >= LogLevel.Error || e.Exception is not null).ToList();
        Assert.True(logged.Count == 0, string.Join("\n", logged.Select(e => $"{e.Category}: {e.Message}")));
    }
}

public sealed class InputGuardTestsOnSqlite(SqliteSiteFactory site) : InputGuardTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class InputGuardTestsOnPostgres(PostgresSiteFactory site) : InputGuardTests(site), IClassFixture<PostgresSiteFactory>;
