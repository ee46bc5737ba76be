using System.Net;
using AngleSharp.Dom;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.ServiceDirectory;

/// <summary>
/// The article, lesson and new-article editors refuse a <c>servicepoint:</c> link to a point the directory does not
/// have, as a recipe does: 400, the unknown id named at the text's language, nothing saved. A known point's link saves.
/// </summary>
public abstract class ServicePointLinkEditorTests(PointSite site)
{
    private const string Unknown = "zz-pt-no-such-point";

    [Fact]
    public async Task ArticleEditor_ShouldRefuseALinkToAnUnknownPoint_AndSaveALinkToAKnownOne()
    {
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        var url = $"/authoring/guidance/{PointSite.OtherArticle}";
        var (_, before) = await admin.GetPageAsync(url);

        var (refused, refusedPage) = await SaveArticleAsync(admin, url, sv: $"Hänvisa till [FPA](servicepoint:{Unknown}).");
        var (_, afterRefusal) = await admin.GetPageAsync(url);
        var (saved, _) = await SaveArticleAsync(admin, url, sv: $"Hänvisa till [FPA](servicepoint:{PointSite.Point}).");
        var (_, afterSave) = await admin.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        AssertNamesUnknownPoint(refusedPage, "sv");
        Assert.Equal(TextOf(before, "sv"), TextOf(afterRefusal, "sv"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"Hänvisa till [FPA](servicepoint:{PointSite.Point}).", TextOf(afterSave, "sv"));
    }

    [Fact]
    public async Task NewArticle_ShouldRefuseALinkToAnUnknownPoint()
    {
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);

        var (refused, page) = await admin.SubmitFormAsync("/authoring/guidance/new", new Dictionary<string, string>
        {
            ["Region"] = "zz-pt-region",
            ["Input.Title[fi]"] = "Uusi ohje",
            ["Input.Text[fi]"] = $"Ohjaa [Kelaan](servicepoint:{Unknown}).",
            ["Input.TopicId"] = "zz-pt-topic",
            ["Input.Audience"] = "public",
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        AssertNamesUnknownPoint(page, "fi");
    }

    [Fact]
    public async Task LessonEditor_ShouldRefuseAReferenceStyleLinkToAnUnknownPoint_NamingOnlyThatOne()
    {
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        var url = $"/authoring/courses/{site.Course}/lessons/{site.Lesson}";

        var (refused, page) = await admin.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Title[fi]"] = "Oppitunti",
            ["Input.Text[fi]"] = $"Ohjaa [Kelaan](servicepoint:{PointSite.Point}) tai [muualle][muu].\n\n[muu]: servicepoint:{Unknown}",
            ["Input.Minutes"] = "5",
        }, formSelector: "form[data-markdown-editor]", submitName: "handler", submitValue: "Save");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var summary = page.QuerySelector(".error-summary")?.TextContent ?? string.Empty;
        Assert.Contains(Unknown, summary, StringComparison.Ordinal);
        Assert.DoesNotContain(PointSite.Point + "”", summary, StringComparison.Ordinal);
    }

    private static Task<(HttpResponseMessage, IDocument)> SaveArticleAsync(SiteClient admin, string url, string sv) =>
        admin.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Title[fi]"] = "Toinen ohje",
            ["Input.Text[fi]"] = "Ohjeen teksti.",
            ["Input.Title[sv]"] = "Annan anvisning",
            ["Input.Text[sv]"] = sv,
            ["Input.TopicId"] = "zz-pt-topic",
            ["Input.Audience"] = "public",
        }, formSelector: "form[data-markdown-editor]", submitName: "handler", submitValue: "Save");

    private static void AssertNamesUnknownPoint(IDocument page, string culture)
    {
        var error = page.QuerySelector($".error-summary a[href='#Input_Text_{culture}_']");
        Assert.NotNull(error);
        Assert.Contains($"”{Unknown}”", error.TextContent, StringComparison.Ordinal);
        Assert.Contains("hakemistossa", error.TextContent, StringComparison.Ordinal);
    }

    private static string? TextOf(IDocument editor, string culture) => editor.QuerySelector($"textarea[name='Input.Text[{culture}]']")?.TextContent.Trim();
}

public sealed class ServicePointLinkEditorTestsOnSqlite(SqlitePointSite site) : ServicePointLinkEditorTests(site), IClassFixture<SqlitePointSite>;

public sealed class ServicePointLinkEditorTestsOnPostgres(PostgresPointSite site) : ServicePointLinkEditorTests(site), IClassFixture<PostgresPointSite>;
