using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Core.Recipes;
using TrainingSite.Guidance.Models;
using TrainingSite.Guidance.Recipes;

namespace TrainingSite.Guidance.Services;

/// <summary>
/// Base of the article authoring pages: loads the article and checks the regional scope on every handler,
/// so a coordinator gets 403 for another region's (or a national) article whatever URL or form they craft.
/// </summary>
[Authorize(Policy = GuidancePermissions.EditOwnRegionPolicy)]
public abstract class GuidanceAuthoringPageModel(GuidanceAuthoring authoring, IRegionalScope scope, IStringLocalizer<GuidanceAuthoringStrings> strings) : PageModel
{
    /// <summary>The search index keeps 400 characters of a title; the recipe format allows as many.</summary>
    public const int TitleMaxLength = 400;
    public const int BodyMaxLength = GuidanceRecipeReader.MaxBodyLength;
    public const int TagMaxLength = 100;

    protected GuidanceAuthoring Authoring => authoring;

    protected IStringLocalizer<GuidanceAuthoringStrings> Strings => strings;

    protected IRegionalScope Scope => scope;

    public GuidanceArticle Article { get; private set; } = null!;

    public IReadOnlyList<Topic> Topics { get; private set; } = [];

    protected ContentAuthor Author => ContentAuthor.Of(User);

    /// <summary>Null when the article exists and the user may author it; otherwise the 404 or 403 to return.</summary>
    protected async Task<IActionResult?> LoadArticleAsync(string articleId, CancellationToken cancellationToken)
    {
        var article = RecipeReader.IsValidId(articleId) ? await authoring.LoadAsync(articleId, cancellationToken) : null;
        if (article is null)
        {
            return NotFound();
        }

        if (!await scope.CanAuthorAsync(User, article.RegionId, cancellationToken))
        {
            return Forbid();
        }

        Article = article;
        return null;
    }

    protected async Task LoadTopicsAsync(CancellationToken cancellationToken) => Topics = await authoring.TopicsAsync(cancellationToken);

    /// <summary>Checks the Finnish title, lengths, topic, audience and tags; call after <see cref="LoadTopicsAsync"/>.</summary>
    protected void Validate(ArticleInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Title.GetValueOrDefault(SiteCultures.Default)))
        {
            ModelState.AddModelError($"Input.Title[{SiteCultures.Default}]", strings["Editor.TitleRequired"]);
        }

        foreach (var (culture, _) in input.Title.Where(t => t.Value?.Length > TitleMaxLength))
        {
            ModelState.AddModelError($"Input.Title[{culture}]", strings["Editor.TooLong", TitleMaxLength]);
        }

        foreach (var (culture, _) in input.Text.Where(t => t.Value?.Length > BodyMaxLength))
        {
            ModelState.AddModelError($"Input.Text[{culture}]", strings["Editor.TooLong", BodyMaxLength]);
        }

        if (!Topics.Any(t => t.Id == input.TopicId))
        {
            ModelState.AddModelError("Input.TopicId", strings["Editor.TopicUnknown"]);
        }

        if (!GuidanceAudience.All.Contains(input.Audience ?? string.Empty))
        {
            ModelState.AddModelError("Input.Audience", strings["Editor.AudienceUnknown"]);
        }

        var tags = input.TagList();
        if (tags.Count > GuidanceRecipeReader.MaxTags)
        {
            ModelState.AddModelError("Input.Tags", strings["Editor.TooManyTags", GuidanceRecipeReader.MaxTags]);
        }
        else if (tags.Any(t => t.Length > TagMaxLength))
        {
            ModelState.AddModelError("Input.Tags", strings["Editor.TagTooLong", TagMaxLength]);
        }
    }

    protected IActionResult Done(string url, string message)
    {
        TempData["Notice"] = message;
        return LocalRedirect(url);
    }
}
