using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Guidance.Services;

namespace TrainingSite.Guidance.Areas.Guidance.Pages.Authoring;

/// <summary>/authoring/guidance/{articleId}/history: the article's versions; compare two; restore one as the draft.</summary>
public sealed class HistoryModel(GuidanceAuthoring authoring, IRegionalScope scope, IStringLocalizer<GuidanceAuthoringStrings> strings)
    : GuidanceAuthoringPageModel(authoring, scope, strings)
{
    public ArticleHistory History { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string articleId, int? from, int? to, CancellationToken cancellationToken)
    {
        if (await LoadArticleAsync(articleId, cancellationToken) is { } denied)
        {
            return denied;
        }

        var title = VersionWorkflow.Latest(Article.Versions)?.Title.ToString() is { Length: > 0 } t ? t : articleId;
        History = ArticleHistory.Of(title, $"/authoring/guidance/{articleId}", Article.Versions, from, to);
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(string articleId, int number, CancellationToken cancellationToken)
    {
        if (await LoadArticleAsync(articleId, cancellationToken) is { } denied)
        {
            return denied;
        }

        var restored = await Authoring.RestoreAsync(Article, number, Author, cancellationToken);
        return restored ? Done($"/authoring/guidance/{articleId}", Strings["History.Restored", number]) : NotFound();
    }
}
