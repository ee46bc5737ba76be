using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Core.Ui;
using TrainingSite.Guidance.Models;
using TrainingSite.Guidance.Services;

namespace TrainingSite.Guidance.Areas.Guidance.Pages.Authoring;

/// <summary>
/// /authoring/guidance/{articleId}: the article's draft (text per language with a preview, topic, audience,
/// tags); publish or discard the draft; delete the article. Every handler loads the article and checks the
/// regional scope first.
/// </summary>
public sealed class ArticleModel(GuidanceAuthoring authoring, IRegionalScope scope, IStringLocalizer<GuidanceAuthoringStrings> strings)
    : GuidanceAuthoringPageModel(authoring, scope, strings)
{
    [BindProperty]
    public ArticleInput Input { get; set; } = new();

    [BindProperty]
    public bool ConfirmDelete { get; set; }

    public GuidanceArticleVersion? Latest => VersionWorkflow.Latest(Article.Versions);

    public IReadOnlyDictionary<string, string>? Previews { get; private set; }

    public IReadOnlyDictionary<string, TranslationState> States => TranslationStates.Of(Latest, Latest?.Body ?? LocalizedText.Empty);

    public ArticleState State => VersionWorkflow.Published(Article.Versions) is null ? ArticleState.Draft
        : VersionWorkflow.Draft(Article.Versions) is null ? ArticleState.Published : ArticleState.Changed;

    public async Task<IActionResult> OnGetAsync(string articleId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(articleId, cancellationToken) is { } denied)
        {
            return denied;
        }

        Input = ArticleInput.From(Latest);
        Previews = ArticleEditorModel.Render(Input);
        return Page();
    }

    /// <summary>Without JavaScript, "Preview" renders every language's preview from the posted text.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(string articleId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(articleId, cancellationToken) is { } denied)
        {
            return denied;
        }

        Previews = ArticleEditorModel.Render(Input);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string articleId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(articleId, cancellationToken) is { } denied)
        {
            return denied;
        }

        Validate(Input);
        if (!ModelState.IsValid)
        {
            Previews = ArticleEditorModel.Render(Input);
            return this.Invalid();
        }

        await Authoring.SaveDraftAsync(Article, Input.ToDraft(), Author, cancellationToken);
        return Done($"/authoring/guidance/{articleId}", Strings["Editor.DraftSaved"]);
    }

    public async Task<IActionResult> OnPostPublishAsync(string articleId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(articleId, cancellationToken) is { } denied)
        {
            return denied;
        }

        // A live article needs a Finnish title and body: the search, the public page and the recipe export rely on them.
        if (VersionWorkflow.Draft(Article.Versions) is { } draft && !(draft.Title.ContainsKey(SiteCultures.Default) && draft.Body.ContainsKey(SiteCultures.Default)))
        {
            ModelState.AddModelError($"Input.Text[{SiteCultures.Default}]", Strings["Publish.FinnishRequired"]);
            Input = ArticleInput.From(Latest);
            Previews = ArticleEditorModel.Render(Input);
            return this.Invalid();
        }

        var published = await Authoring.PublishAsync(Article, Author, cancellationToken);
        return Done($"/authoring/guidance/{articleId}", published ? Strings["Publish.Done"] : Strings["Publish.Nothing"]);
    }

    public async Task<IActionResult> OnPostDiscardAsync(string articleId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(articleId, cancellationToken) is { } denied)
        {
            return denied;
        }

        var discarded = await Authoring.DiscardDraftAsync(Article, cancellationToken);
        return Done($"/authoring/guidance/{articleId}", discarded ? Strings["Publish.Discarded"] : Strings["Publish.NothingToDiscard"]);
    }

    public async Task<IActionResult> OnPostDeleteAsync(string articleId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(articleId, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (!ConfirmDelete)
        {
            ModelState.AddModelError(nameof(ConfirmDelete), Strings["Delete.ConfirmRequired"]);
            Input = ArticleInput.From(Latest);
            Previews = ArticleEditorModel.Render(Input);
            return this.Invalid();
        }

        await Authoring.DeleteAsync(Article, cancellationToken);
        return Done("/authoring/guidance", Strings["Delete.Done"]);
    }

    private async Task<IActionResult?> LoadAsync(string articleId, CancellationToken cancellationToken)
    {
        var denied = await LoadArticleAsync(articleId, cancellationToken);
        if (denied is null)
        {
            await LoadTopicsAsync(cancellationToken);
        }

        return denied;
    }
}
