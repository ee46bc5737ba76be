using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Content;
using TrainingSite.Courses.Models;
using TrainingSite.Data;
using TrainingSite.FunctionalTests.Courses;
using TrainingSite.FunctionalTests.Guidance;
using TrainingSite.Guidance.Models;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Authoring;

/// <summary>A lesson or a guidance article whose draft a test writes in chosen languages through the editor, then publishes.</summary>
public sealed class TranslatedDraft
{
    private TranslatedDraft(SiteFactory site, string kind, string id, string editorUrl) => (Site, Kind, Id, EditorUrl) = (site, kind, id, editorUrl);

    public SiteFactory Site { get; }

    /// <summary>"lesson" or "article".</summary>
    public string Kind { get; }

    public string Id { get; }

    public string EditorUrl { get; }

    /// <summary>A published national item of the kind, imported by recipe (so it has no draft yet).</summary>
    public static async Task<TranslatedDraft> SeedAsync(SiteFactory site, string kind)
    {
        if (kind == "lesson")
        {
            var course = CourseSeed.NewId("tw");
            await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(course, null, course + "-l")));
            return new TranslatedDraft(site, kind, course + "-l", $"/authoring/courses/{course}/lessons/{course}-l");
        }

        var article = GuidanceSeed.NewId("tw");
        await GuidanceSeed.ImportAsync(site, GuidanceSeed.Article(article, null));
        return new TranslatedDraft(site, kind, article, $"/authoring/guidance/{article}");
    }

    /// <summary>Saves the draft with a title and text in each language given (the others left empty, so missing).</summary>
    public async Task SaveAsync(SiteClient author, IReadOnlyDictionary<string, string> texts)
    {
        var fields = new Dictionary<string, string>();
        foreach (var (culture, text) in texts)
        {
            fields[$"Input.Title[{culture}]"] = $"{text} ({culture})";
            fields[$"Input.Text[{culture}]"] = text;
        }

        if (Kind == "lesson")
        {
            fields["Input.Minutes"] = "5";
        }
        else
        {
            fields["Input.TopicId"] = "housing";
            fields["Input.Audience"] = "public";
        }

        var (saved, _) = await author.SubmitFormAsync(EditorUrl, fields, formSelector: "form[data-markdown-editor]", submitName: "handler", submitValue: "Save");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);
    }

    /// <summary>Presses Publish on the editor, as an author without JavaScript does.</summary>
    public Task<(HttpResponseMessage Response, IDocument Document)> PublishAsync(SiteClient author) =>
        author.SubmitFormAsync(EditorUrl, new Dictionary<string, string>(), formSelector: "form[action*='Publish']");

    /// <summary>Presses "Publish anyway" on the warning page: its own form, with its antiforgery token and confirm flag.</summary>
    public static Task<(HttpResponseMessage Response, IDocument Document)> PublishAnywayAsync(SiteClient author, IDocument warning)
    {
        var form = warning.QuerySelector("main form[action*='Publish']") as IHtmlFormElement
            ?? throw new InvalidOperationException("The warning has no Publish anyway form.");
        var values = form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden").Select(i => new KeyValuePair<string, string>(i.Name!, i.Value));
        return author.PostAsync(form.GetAttribute("action")!, values);
    }

    /// <summary>When each language's text of the draft last changed; null when there is no draft (it was published).</summary>
    public Task<LocalizedTimes?> DraftTimesAsync() => Site.WithServiceAsync(async services =>
    {
        var db = services.GetRequiredService<TrainingDbContext>();
        var drafts = Kind == "lesson"
            ? await db.Set<LessonVersion>().AsNoTracking().Where(v => v.LessonId == Id && v.PublishedAt == null).Select(v => v.TextUpdatedAt).ToListAsync()
            : await db.Set<GuidanceArticleVersion>().AsNoTracking().Where(v => v.ArticleId == Id && v.PublishedAt == null).Select(v => v.TextUpdatedAt).ToListAsync();
        return drafts.SingleOrDefault();
    });
}
