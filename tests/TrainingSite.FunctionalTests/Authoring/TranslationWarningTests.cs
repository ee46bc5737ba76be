using System.Net;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Core.Localization;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Authoring;

/// <summary>
/// Publishing a lesson or a guidance article whose Swedish or English translation is missing or older than the Finnish
/// text shows a warning first (the draft stays a draft); "Publish anyway" publishes; current translations publish at once.
/// </summary>
public abstract class TranslationWarningTests(SiteFactory site)
{
    [Theory]
    [InlineData("lesson")]
    [InlineData("article")]
    public async Task Publish_ShouldWarnAndKeepTheDraft_WhenTheSwedishTranslationIsMissing(string kind)
    {
        var item = await TranslatedDraft.SeedAsync(site, kind);
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        await item.SaveAsync(admin, new Dictionary<string, string> { ["fi"] = "Suomeksi", ["en"] = "In English" });

        var (response, warning) = await item.PublishAsync(admin);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Tarkista käännökset ennen julkaisua", warning.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("1 käännös ei ole ajan tasalla:", warning.QuerySelector("[data-translation-warning] p")?.TextContent);
        Assert.Equal("Ruotsinkielinen käännös puuttuu.", warning.QuerySelector("li[data-missing=sv]")?.TextContent);
        Assert.Single(warning.QuerySelectorAll("[data-translation-warning] li"));
        Assert.Equal("true", warning.QuerySelector("main form input[name=publishAnyway]")?.GetAttribute("value"));
        Assert.NotNull(warning.QuerySelector("main form input[name=__RequestVerificationToken]"));
        Assert.Equal(item.EditorUrl, warning.QuerySelector("main .actions a")?.GetAttribute("href"));
        Assert.NotNull(await item.DraftTimesAsync());
    }

    [Theory]
    [InlineData("lesson")]
    [InlineData("article")]
    public async Task Publish_ShouldNameTheOlderTranslationWithItsDate_WhenTheFinnishTextChangedAfterIt(string kind)
    {
        var item = await TranslatedDraft.SeedAsync(site, kind);
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        await item.SaveAsync(admin, new Dictionary<string, string> { ["fi"] = "Suomeksi", ["sv"] = "På svenska", ["en"] = "In English" });
        await Task.Delay(20);
        await item.SaveAsync(admin, new Dictionary<string, string> { ["fi"] = "Suomeksi uudelleen", ["sv"] = "På svenska igen", ["en"] = "In English" });
        var times = (await item.DraftTimesAsync())!;

        var (response, warning) = await item.PublishAsync(admin);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(times["en"] < times["fi"]);
        Assert.Equal(
            $"Englanninkielistä käännöstä on muutettu viimeksi {SiteTime.DateTime(times["en"], "fi")}, suomenkielistä tekstiä {SiteTime.DateTime(times["fi"], "fi")}.",
            warning.QuerySelector("li[data-older=en]")?.TextContent);
        Assert.Single(warning.QuerySelectorAll("[data-translation-warning] li"));
        Assert.NotNull(await item.DraftTimesAsync());
    }

    [Theory]
    [InlineData("lesson")]
    [InlineData("article")]
    public async Task Publish_ShouldPublishAtOnce_WhenEveryTranslationIsPresentAndCurrent(string kind)
    {
        var item = await TranslatedDraft.SeedAsync(site, kind);
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        await item.SaveAsync(admin, new Dictionary<string, string> { ["fi"] = "Suomeksi", ["sv"] = "På svenska", ["en"] = "In English" });

        var (response, _) = await item.PublishAsync(admin);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(await item.DraftTimesAsync());
    }

    [Theory]
    [InlineData("lesson")]
    [InlineData("article")]
    public async Task PublishAnyway_ShouldPublish_AfterTheWarningNamedBothTranslations(string kind)
    {
        var item = await TranslatedDraft.SeedAsync(site, kind);
        using var admin = await site.SignedInClientAsync([Roles.Administrator], language: "en");
        await item.SaveAsync(admin, new Dictionary<string, string> { ["fi"] = "Vain suomeksi" });

        var (warned, warning) = await item.PublishAsync(admin);
        var draftAfterWarning = await item.DraftTimesAsync();
        var (published, _) = await TranslatedDraft.PublishAnywayAsync(admin, warning);

        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        Assert.Equal("2 translations are not up to date:", warning.QuerySelector("[data-translation-warning] p")?.TextContent);
        Assert.Equal(["sv", "en"], warning.QuerySelectorAll("[data-translation-warning] li").Select(li => li.GetAttribute("data-missing") ?? string.Empty).ToList());
        Assert.Equal("Publish anyway", warning.QuerySelector("main form button")?.TextContent);
        Assert.NotNull(draftAfterWarning);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(item.EditorUrl, published.Headers.Location?.OriginalString);
        Assert.Null(await item.DraftTimesAsync());
    }
    [Fact]
    public async Task CourseEditor_ShouldNameTheLessonDraftsBehind_BesideItsPublishButton_WhichStillPublishes()
    {
        var lesson = await TranslatedDraft.SeedAsync(site, "lesson");
        var courseUrl = lesson.EditorUrl[..lesson.EditorUrl.IndexOf("/lessons/", StringComparison.Ordinal)];
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        var (_, before) = await admin.GetPageAsync(courseUrl);
        await lesson.SaveAsync(admin, new Dictionary<string, string> { ["fi"] = "Vain suomeksi", ["sv"] = "Bara på svenska" });

        var (_, editor) = await admin.GetPageAsync(courseUrl);
        var (published, _) = await admin.SubmitFormAsync(courseUrl, new Dictionary<string, string>(), formSelector: "form[action*='Publish']");
        var (_, after) = await admin.GetPageAsync(courseUrl);

        Assert.Null(before.QuerySelector("[data-translation-warning]"));
        var notice = editor.QuerySelector("#publish-heading ~ [data-translation-warning]");
        Assert.Equal("1 käännös ei ole ajan tasalla:", notice?.QuerySelector("p")?.TextContent);
        Assert.Equal("Vain suomeksi (fi)", notice?.QuerySelector("[data-draft]")?.TextContent);
        Assert.Equal(["en"], notice!.QuerySelectorAll("li").Select(li => li.GetAttribute("data-missing") ?? string.Empty).ToList());
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Null(await lesson.DraftTimesAsync());
        Assert.Null(after.QuerySelector("[data-translation-warning]"));
    }
}

public sealed class TranslationWarningTestsOnSqlite(SqliteSiteFactory site) : TranslationWarningTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class TranslationWarningTestsOnPostgres(PostgresSiteFactory site) : TranslationWarningTests(site), IClassFixture<PostgresSiteFactory>;
