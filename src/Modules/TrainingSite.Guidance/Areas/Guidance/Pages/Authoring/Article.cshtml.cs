using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Core.Authoring;
using TrainingSite.Core.Recipes;
using TrainingSite.Core.Ui;
using TrainingSite.Guidance.Models;
using TrainingSite.Guidance.Services;

namespace TrainingSite.Guidance.Areas.Guidance.Pages.Authoring;

/// <summary>
/// /authoring/guidance/{articleId}: the article's draft (text per language with a preview, topic, audience,
/// tags); publish or discard the draft; delete the article. The article is loaded and authorized before any handler
/// runs (see <see cref="AuthoringPageModel"/>).
/// </summary>
[Authorize(Policy = GuidancePermissions.EditOwnRegionPolicy)]
public sealed class ArticleModel(GuidanceAuthoring authoring, IStringLocalizer<GuidanceAuthoringStrings> strings) : AuthoringPageModel
{
    [FromRoute]
    public string ArticleId { get; set; } = string.Empty;

    [BindProperty]
    public ArticleInput Input { get; set; } = new();

    [BindProperty]
    public bool ConfirmDelete { get; set; }

    public GuidanceArticle Article { get; private set; } = null!;

    public IReadOnlyList<Topic> Topics { get; private set; } = [];

    public GuidanceArticleVersion? Latest => VersionWorkflow.Latest(Article.Versions);

    public IReadOnlyDictionary<string, string>? Previews { get; private set; }

    public IReadOnlyDictionary<string, TranslationState> States => TranslationStates.Of(Latest, Latest?.Body ?? LocalizedText.Empty);

    public ArticleState State => VersionWorkflow.Published(Article.Versions) is null ? ArticleState.Draft
        : VersionWorkflow.Draft(Article.Versions) is null ? ArticleState.Published : ArticleState.Changed;

    private string EditorUrl => $"/authoring/guidance/{Article.Id}";

    public override async Task<RegionalResource?> LoadResourceAsync(CancellationToken cancellationToken)
    {
        if (!RecipeReader.IsValidId(ArticleId) || await authoring.LoadAsync(ArticleId, cancellationToken) is not { } article)
        {
            return null;
        }

        (Article, Topics) = (article, await authoring.TopicsAsync(cancellationToken));
        return new RegionalResource(article.RegionId, GuidancePermissions.Rules);
    }

    public void OnGet()
    {
        Input = ArticleInput.From(Latest);
        Previews = ArticleEditorModel.Render(Input);
    }

    /// <summary>Without JavaScript, "Preview" renders every language's preview from the posted text.</summary>
    public IActionResult OnPostPreview()
    {
        Previews = ArticleEditorModel.Render(Input);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        await ValidateTextAsync(Input.Title, Input.Text, (ArticleInput.TitleMaxLength, ArticleInput.BodyMaxLength), cancellationToken, finnishTitleRequired: true);
        Input.Validate(ModelState, Topics, strings);
        if (!ModelState.IsValid)
        {
            Previews = ArticleEditorModel.Render(Input);
            return this.Invalid();
        }

        await authoring.SaveDraftAsync(Article, Input.ToDraft(), Author, cancellationToken);
        return Done(AuthoringText["Notice.DraftSaved"], EditorUrl);
    }

    /// <summary>Publishes the draft; with a translation missing or older than the Finnish text, first a warning (see <see cref="AuthoringPageModel.WarnOfTranslations"/>).</summary>
    public async Task<IActionResult> OnPostPublishAsync(bool publishAnyway, CancellationToken cancellationToken)
    {
        // A live article needs a Finnish title and body: the search, the public page and the recipe export rely on them.
        if (VersionWorkflow.Draft(Article.Versions) is { } draft && !(draft.Title.ContainsKey(SiteCultures.Default) && draft.Body.ContainsKey(SiteCultures.Default)))
        {
            ModelState.AddModelError($"Input.Text[{SiteCultures.Default}]", strings["Publish.FinnishRequired"]);
            Input = ArticleInput.From(Latest);
            Previews = ArticleEditorModel.Render(Input);
            return this.Invalid();
        }

        var title = Latest?.Title.ToString() is { Length: > 0 } text ? text : Article.Id;
        if (WarnOfTranslations(VersionWorkflow.Draft(Article.Versions), publishAnyway, title, EditorUrl) is { } warning)
        {
            return warning;
        }

        var published = await authoring.PublishAsync(Article, Author, cancellationToken);
        return Done(published ? strings["Publish.Done"] : AuthoringText["Notice.NothingToPublish"], EditorUrl);
    }

    public async Task<IActionResult> OnPostDiscardAsync(CancellationToken cancellationToken)
    {
        var discarded = await authoring.DiscardDraftAsync(Article, cancellationToken);
        return Done(discarded ? AuthoringText["Notice.Discarded"] : strings["Publish.NothingToDiscard"], EditorUrl);
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        if (!ConfirmDelete)
        {
            ModelState.AddModelError(nameof(ConfirmDelete), AuthoringText["Delete.ConfirmRequired"]);
            Input = ArticleInput.From(Latest);
            Previews = ArticleEditorModel.Render(Input);
            return this.Invalid();
        }

        await authoring.DeleteAsync(Article, cancellationToken);
        return Done(strings["Delete.Done"], "/authoring/guidance");
    }
}
