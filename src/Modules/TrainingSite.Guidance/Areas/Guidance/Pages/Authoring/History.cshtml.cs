using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Core.Authoring;
using TrainingSite.Core.Recipes;
using TrainingSite.Guidance.Models;
using TrainingSite.Guidance.Services;

namespace TrainingSite.Guidance.Areas.Guidance.Pages.Authoring;

/// <summary>/authoring/guidance/{articleId}/history: the article's versions; compare two; restore one as the draft.</summary>
[Authorize(Policy = GuidancePermissions.EditOwnRegionPolicy)]
public sealed class HistoryModel(GuidanceAuthoring authoring, IStringLocalizer<GuidanceAuthoringStrings> strings) : AuthoringPageModel
{
    [FromRoute]
    public string ArticleId { get; set; } = string.Empty;

    public GuidanceArticle Article { get; private set; } = null!;

    public VersionHistory History { get; private set; } = null!;

    public override async Task<RegionalResource?> LoadResourceAsync(CancellationToken cancellationToken)
    {
        if (!RecipeReader.IsValidId(ArticleId) || await authoring.LoadAsync(ArticleId, cancellationToken) is not { } article)
        {
            return null;
        }

        Article = article;
        return new RegionalResource(article.RegionId, GuidancePermissions.Rules);
    }

    public IActionResult OnGet(int? from, int? to, bool compare = false)
    {
        var title = VersionWorkflow.Latest(Article.Versions)?.Title.ToString() is { Length: > 0 } t ? t : Article.Id;
        History = VersionHistory.Of(title, $"/authoring/guidance/{Article.Id}", Article.Versions, from, to) with { Intro = strings["History.ArticleIntro"] };
        return HistoryPage(History, compare);
    }

    public async Task<IActionResult> OnPostRestoreAsync(int number, CancellationToken cancellationToken)
    {
        var restored = await authoring.RestoreAsync(Article, number, Author, cancellationToken);
        return restored ? Done(AuthoringText["History.Restored", number], $"/authoring/guidance/{Article.Id}") : NotFound();
    }
}
