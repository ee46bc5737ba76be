using System.Net;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Core.Localization;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Content;

/// <summary>
/// "Facts checked" in the lesson and article editors: the hint shows the current review date; saving with it ticked
/// dates the draft today in Finland, publishing keeps the date, saving without it keeps the date the item had.
/// </summary>
public abstract class FactsCheckedTests(SiteFactory site)
{
    private static readonly DateOnly Earlier = new(2024, 1, 10);

    [Fact]
    public async Task LessonEditor_ShouldDateTheDraftToday_WhenFactsCheckedIsTicked_AndPublishingShouldKeepIt()
    {
        var (course, lesson) = (ReviewSeed.NewId("fc"), ReviewSeed.NewId("fl"));
        await ReviewSeed.ImportAsync(site, ReviewSeed.Recipe(courses: [ReviewSeed.Course(course, "espoo", ReviewSeed.Lesson(lesson, Earlier))]));
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"], language: "fi");
        var url = $"/authoring/courses/{course}/lessons/{lesson}";
        var fields = new Dictionary<string, string> { ["Input.Title[fi]"] = "Oppitunti", ["Input.Text[fi]"] = "Teksti, jonka tiedot tarkistettiin.", ["Input.Minutes"] = "5" };

        var (_, before) = await coordinator.GetPageAsync(url);
        var (unticked, _) = await coordinator.SubmitFormAsync(url, fields, formSelector: "form[data-markdown-editor]", submitName: "handler", submitValue: "Save");
        var afterUnticked = await ReviewSeed.LessonVersionsAsync(site, lesson);
        var (ticked, _) = await coordinator.SubmitFormAsync(url, new Dictionary<string, string>(fields) { ["FactsChecked"] = "true" }, formSelector: "form[data-markdown-editor]", submitName: "handler", submitValue: "Save");
        var afterTicked = await ReviewSeed.LessonVersionsAsync(site, lesson);
        var (_, editor) = await coordinator.GetPageAsync(url);
        var (published, _) = await coordinator.SubmitFormAsync(url, new Dictionary<string, string> { ["publishAnyway"] = "true" }, formSelector: "form[action*='Publish']");
        var afterPublish = await ReviewSeed.LessonVersionsAsync(site, lesson);
        var (_, page) = await coordinator.GetPageAsync($"/courses/{course}/lessons/{lesson}");

        var today = SiteTime.Today;
        Assert.Equal("Tiedot tarkistettu", before.QuerySelector("label[for=FactsChecked]")?.TextContent.Trim());
        Assert.Equal("FactsChecked-hint", before.QuerySelector("#FactsChecked")?.GetAttribute("aria-describedby"));
        Assert.Contains("10.1.2024", before.QuerySelector("#FactsChecked-hint")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, unticked.StatusCode);
        Assert.Equal(Earlier, afterUnticked.Single(v => !v.Published).ReviewedOn);
        Assert.Equal(HttpStatusCode.Redirect, ticked.StatusCode);
        Assert.Equal(today, afterTicked.Single(v => !v.Published).ReviewedOn);
        Assert.Equal(Earlier, afterTicked.Single(v => v.Published).ReviewedOn);
        Assert.Contains($"{today.Day}.{today.Month}.{today.Year}", editor.QuerySelector("#FactsChecked-hint")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(today, afterPublish.Last().ReviewedOn);
        Assert.True(afterPublish.Last().Published);
        Assert.Equal($"Tarkistettu {SiteTime.MonthYear(today)}", page.QuerySelector("article .reviewed")?.TextContent.Trim());
    }

    [Fact]
    public async Task ArticleEditor_ShouldDateTheDraftToday_WhenFactsCheckedIsTicked_AndPublishingShouldKeepIt()
    {
        var article = ReviewSeed.NewId("fa");
        await ReviewSeed.ImportAsync(site, ReviewSeed.Recipe(articles: [ReviewSeed.Article(article, "espoo", null)]));
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"], language: "sv");
        var url = $"/authoring/guidance/{article}";
        var fields = new Dictionary<string, string>
        {
            ["Input.Title[fi]"] = "Ohje",
            ["Input.Text[fi]"] = "Teksti, jonka tiedot tarkistettiin.",
            ["Input.TopicId"] = "housing",
            ["Input.Audience"] = "public",
        };

        var (_, before) = await coordinator.GetPageAsync(url);
        var (unticked, _) = await coordinator.SubmitFormAsync(url, fields, formSelector: "form[data-markdown-editor]", submitName: "handler", submitValue: "Save");
        var afterUnticked = await ReviewSeed.ArticleVersionsAsync(site, article);
        var (ticked, _) = await coordinator.SubmitFormAsync(url, new Dictionary<string, string>(fields) { ["Input.FactsChecked"] = "true" }, formSelector: "form[data-markdown-editor]", submitName: "handler", submitValue: "Save");
        var afterTicked = await ReviewSeed.ArticleVersionsAsync(site, article);
        var (_, editor) = await coordinator.GetPageAsync(url);
        var (published, _) = await coordinator.SubmitFormAsync(url, new Dictionary<string, string> { ["publishAnyway"] = "true" }, formSelector: "form[action*='Publish']");
        var afterPublish = await ReviewSeed.ArticleVersionsAsync(site, article);
        var (_, page) = await coordinator.GetPageAsync($"/guidance/{article}");

        var today = SiteTime.Today;
        Assert.Equal("Uppgifterna kontrollerade", before.QuerySelector("label[for=Input_FactsChecked]")?.TextContent.Trim());
        Assert.Contains("aldrig", before.QuerySelector("#Input_FactsChecked-hint")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, unticked.StatusCode);
        Assert.Null(afterUnticked.Single(v => !v.Published).ReviewedOn);
        Assert.Equal(HttpStatusCode.Redirect, ticked.StatusCode);
        Assert.Equal(today, afterTicked.Single(v => !v.Published).ReviewedOn);
        Assert.Null(afterTicked.Single(v => v.Published).ReviewedOn);
        Assert.Contains($"{today.Day}.{today.Month}.{today.Year}", editor.QuerySelector("#Input_FactsChecked-hint")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(today, afterPublish.Last().ReviewedOn);
        Assert.True(afterPublish.Last().Published);
        Assert.Equal($"Granskad {SiteTime.MonthYear(today)}", page.QuerySelector(".reviewed")?.TextContent.Trim());
    }

    [Fact]
    public async Task FactsChecked_ShouldChangeNothing_ForAnAuthorOutsideTheRegion()
    {
        var article = ReviewSeed.NewId("fo");
        await ReviewSeed.ImportAsync(site, ReviewSeed.Recipe(articles: [ReviewSeed.Article(article, "helsinki", null)]));
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        var token = await coordinator.AntiforgeryTokenAsync();

        var (response, _) = await coordinator.PostAsync($"/authoring/guidance/{article}?handler=Save",
        [
            new("__RequestVerificationToken", token), new("Input.Title[fi]", "Ohje"), new("Input.Text[fi]", "Teksti."),
            new("Input.TopicId", "housing"), new("Input.Audience", "public"), new("Input.FactsChecked", "true"),
        ]);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.All(await ReviewSeed.ArticleVersionsAsync(site, article), v => Assert.Null(v.ReviewedOn));
    }
}

public sealed class FactsCheckedTestsOnSqlite(SqliteSiteFactory site) : FactsCheckedTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class FactsCheckedTestsOnPostgres(PostgresSiteFactory site) : FactsCheckedTests(site), IClassFixture<PostgresSiteFactory>;
