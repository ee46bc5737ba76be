using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingSite.Abstractions.Directory;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Guidance.Services;

namespace TrainingSite.Guidance.Areas.Guidance.Pages.Guidance;

/// <summary>
/// /guidance/{id}: the published article in the user's language (or ?language=, or the best fallback, said
/// so), links to its other translations, region, topic, last updated, related articles. A network-only
/// article is 404 for anyone who may not read it: its existence is not revealed.
/// </summary>
public sealed class ArticleModel(
    GuidanceReader reader,
    IRegionDirectory regions,
    IAuthorizationService authorization,
    IGlossaryLinker glossary,
    IEnumerable<IServicePointLinkHours> pointHours) : PageModel
{
    public PublishedArticle Article { get; private set; } = null!;

    public LocalizedTextValue Title { get; private set; } = null!;

    public string BodyHtml { get; private set; } = string.Empty;

    public string? RegionName { get; private set; }

    public IReadOnlyList<(string Id, LocalizedText Title)> Related { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, [FromQuery] string? language, CancellationToken cancellationToken)
    {
        var canReadNetwork = (await authorization.AuthorizeAsync(User, GuidancePermissions.ReadNetworkPolicy)).Succeeded;
        if (await reader.FindAsync(id, canReadNetwork, cancellationToken) is not { } article)
        {
            return NotFound();
        }

        Article = article;
        var wanted = SiteCultures.IsSupported(language) ? language! : SiteCultures.Current;
        Title = article.Version.Title.Resolve(wanted);
        var body = article.Version.Body.Resolve(Title.Culture);
        BodyHtml = SafeMarkdown.ToHtml(body.Text, body.Culture, await glossary.GetIndexAsync(cancellationToken));
        foreach (var hours in pointHours)
        {
            // Service points linked by id get today's state beside the link (the directory module, when present).
            BodyHtml = await hours.AddAsync(BodyHtml, body.Culture, cancellationToken);
        }

        RegionName = article.Article.RegionId is { } regionId
            ? (await regions.ListAsync(cancellationToken)).FirstOrDefault(r => r.Id == regionId)?.Name.ToString() ?? regionId
            : null;
        Related = await reader.RelatedAsync(article, canReadNetwork, cancellationToken);
        return Page();
    }

    /// <summary>Whether the shown text is not in the language the user reads the site in.</summary>
    public bool IsOtherLanguage => Title.Culture != SiteCultures.Current;
}
