using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Courses.Models;
using TrainingSite.Data;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Courses;

/// <summary>Edits go to a draft; learners see the published version; every published version stays for compare and restore.</summary>
public abstract class DraftPublishTests(SiteFactory site)
{
    [Fact]
    public async Task LessonEdit_ShouldStayDraftUntilPublished_AndBeKeptInHistory()
    {
        var id = CourseSeed.NewId("dp");
        var lessonUrl = $"/authoring/courses/{id}/lessons/{id}-l";
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(id, "espoo", id + "-l", lessonBody: "Alkuperäinen rivi")));
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        using var learner = await site.SignedInClientAsync([Roles.Learner], homeRegion: "espoo");

        var (saved, _) = await coordinator.SubmitFormAsync(lessonUrl, new Dictionary<string, string>
        {
            ["Input.Title[fi]"] = "Uusi otsikko",
            ["Input.Text[fi]"] = "Uusi rivi",
            ["Input.Text[sv]"] = "Ny rad",
            ["Input.Minutes"] = "9",
        }, formSelector: "form[data-markdown-editor]", submitName: "handler", submitValue: "Save");
        var (_, whileDraft) = await learner.GetPageAsync($"/courses/{id}/lessons/{id}-l");
        var (published, _) = await coordinator.SubmitFormAsync(lessonUrl, new Dictionary<string, string> { ["publishAnyway"] = "true" }, formSelector: "form[action*='Publish']");
        var (_, afterPublish) = await learner.GetPageAsync($"/courses/{id}/lessons/{id}-l");
        var (_, history) = await coordinator.GetPageAsync($"{lessonUrl}/history?from=1&to=2");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Alkuperäinen rivi", whileDraft.QuerySelector(".prose")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal("Uusi otsikko", afterPublish.QuerySelector("h1")?.TextContent);
        Assert.Contains("Uusi rivi", afterPublish.QuerySelector(".prose")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, history.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Alkuperäinen rivi", string.Concat(history.QuerySelectorAll(".diff del").Select(d => d.TextContent)), StringComparison.Ordinal);
        Assert.Contains("Uusi rivi", string.Concat(history.QuerySelectorAll(".diff ins").Select(d => d.TextContent)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_ShouldPutAnEarlierTextInTheDraft_AndDiscardShouldDropIt()
    {
        var id = CourseSeed.NewId("rs");
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(id, null, id + "-l", lessonBody: "Versio yksi")));
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(id, null, id + "-l", lessonBody: "Versio kaksi")));
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        var token = await admin.AntiforgeryTokenAsync();
        var lessonUrl = $"/authoring/courses/{id}/lessons/{id}-l";

        var (restored, _) = await admin.PostAsync($"{lessonUrl}/history?handler=Restore", [new("__RequestVerificationToken", token), new("number", "1")]);
        var (_, editor) = await admin.GetPageAsync(lessonUrl);
        var (discarded, _) = await admin.PostAsync($"{lessonUrl}?handler=Discard", [new("__RequestVerificationToken", token)]);
        var (_, editorAfter) = await admin.GetPageAsync(lessonUrl);

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal("Versio yksi", editor.QuerySelector("textarea[name='Input.Text[fi]']")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, discarded.StatusCode);
        Assert.Equal("Versio kaksi", editorAfter.QuerySelector("textarea[name='Input.Text[fi]']")?.TextContent);
        var versions = await site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Set<LessonVersion>().CountAsync(v => v.LessonId == id + "-l"));
        Assert.Equal(2, versions);
    }

    [Fact]
    public async Task NewCourse_ShouldBeInvisibleToLearners_UntilPublished()
    {
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["vantaa"]);
        using var learner = await site.SignedInClientAsync([Roles.Learner], homeRegion: "vantaa");
        var title = $"Vantaan uusi kurssi {Guid.NewGuid():N}"[..30];

        var (created, _) = await coordinator.SubmitFormAsync("/authoring/courses/new", new Dictionary<string, string> { ["Part"] = "vantaa", ["Input.Title[fi]"] = title, ["Input.Text[fi]"] = "Tiivistelmä" });
        var courseUrl = created.Headers.Location!.OriginalString;
        var courseId = courseUrl.Split('/')[^1];
        var (lesson, _) = await coordinator.SubmitFormAsync($"{courseUrl}/lessons/new", new Dictionary<string, string>
        {
            ["Input.Title[fi]"] = "Ensimmäinen oppitunti",
            ["Input.Text[fi]"] = "## Tervetuloa\n\nTeksti.",
            ["Input.Minutes"] = "4",
        }, formSelector: "form[data-markdown-editor]", submitName: "handler", submitValue: "Save");
        var (hidden, _) = await learner.GetPageAsync($"/courses/{courseId}");
        var (published, _) = await coordinator.SubmitFormAsync(courseUrl, new Dictionary<string, string>(), formSelector: "form[action*='Publish']");
        var (visible, page) = await learner.GetPageAsync($"/courses/{courseId}");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.StartsWith("/authoring/courses/vantaan-uusi-kurssi", courseUrl, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, lesson.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(HttpStatusCode.OK, visible.StatusCode);
        Assert.Contains("Ensimmäinen oppitunti", page.QuerySelector(".lesson-list")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_ShouldShowMissingAndOutdatedTranslations()
    {
        var id = CourseSeed.NewId("tr");
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(id, null, id + "-l")));
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        var lessonUrl = $"/authoring/courses/{id}/lessons/{id}-l";
        var bothLanguages = new Dictionary<string, string>
        {
            ["Input.Title[fi]"] = "Otsikko",
            ["Input.Title[sv]"] = "Rubrik",
            ["Input.Text[fi]"] = "Teksti",
            ["Input.Text[sv]"] = "Text",
            ["Input.Minutes"] = "7",
        };
        await admin.SubmitFormAsync(lessonUrl, bothLanguages, formSelector: "form[data-markdown-editor]", submitName: "handler", submitValue: "Save");
        await Task.Delay(20);

        bothLanguages["Input.Text[fi]"] = "Päivitetty teksti";
        await admin.SubmitFormAsync(lessonUrl, bothLanguages, formSelector: "form[data-markdown-editor]", submitName: "handler", submitValue: "Save");
        var (_, editor) = await admin.GetPageAsync(lessonUrl);

        Assert.Contains("ajan tasalla", editor.QuerySelector("#heading-fi")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("vanhempi kuin suomenkielinen", editor.QuerySelector("#heading-sv")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("puuttuu", editor.QuerySelector("#heading-en")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_ShouldAnswer400WithAMessage_WhenTheTitleIsMissingOrTooLong()
    {
        var id = CourseSeed.NewId("va");
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(id, null, id + "-l")));
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);

        var (empty, page) = await admin.SubmitFormAsync($"/authoring/courses/{id}", new Dictionary<string, string> { ["Input.Title[fi]"] = " ", ["Input.Title[en]"] = "" }, formSelector: "form[action*='Save']");
        var (tooLong, _) = await admin.SubmitFormAsync($"/authoring/courses/{id}", new Dictionary<string, string> { ["Input.Title[fi]"] = new string('a', 201) }, formSelector: "form[action*='Save']");
        var (minutes, _) = await admin.SubmitFormAsync($"/authoring/courses/{id}/lessons/{id}-l", new Dictionary<string, string> { ["Input.Title[fi]"] = "x", ["Input.Minutes"] = "-3" }, formSelector: "form[data-markdown-editor]", submitName: "handler", submitValue: "Save");
        var (notNumber, _) = await admin.SubmitFormAsync($"/authoring/courses/{id}/lessons/{id}-l", new Dictionary<string, string> { ["Input.Title[fi]"] = "x", ["Input.Minutes"] = "kymmenen" }, formSelector: "form[data-markdown-editor]", submitName: "handler", submitValue: "Save");

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.NotNull(page.QuerySelector(".error-summary"));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, minutes.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notNumber.StatusCode);
    }

    [Fact]
    public async Task Delete_ShouldNeedConfirmation()
    {
        var id = CourseSeed.NewId("de");
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(id, null, id + "-l")));
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);

        var (unconfirmed, _) = await admin.SubmitFormAsync($"/authoring/courses/{id}", new Dictionary<string, string>(), formSelector: "form[action*='Delete']");
        var (confirmed, _) = await admin.SubmitFormAsync($"/authoring/courses/{id}", new Dictionary<string, string> { ["ConfirmDelete"] = "true" }, formSelector: "form[action*='Delete']");
        var (gone, _) = await admin.GetPageAsync($"/authoring/courses/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }
}

public sealed class DraftPublishTestsOnSqlite(SqliteSiteFactory site) : DraftPublishTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class DraftPublishTestsOnPostgres(PostgresSiteFactory site) : DraftPublishTests(site), IClassFixture<PostgresSiteFactory>;
