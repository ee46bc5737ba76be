using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Guidance;
using TrainingSite.Core.Content;
using TrainingSite.Data;
using TrainingSite.Guidance.Models;

namespace TrainingSite.Guidance.Services;

public sealed class GuidanceDirectory(TrainingDbContext db, IAuthorizationService authorization) : IGuidanceDirectory
{
    public async Task<IReadOnlyDictionary<string, LocalizedText>> TitlesAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken) =>
        articleIds.Count == 0
            ? new Dictionary<string, LocalizedText>()
            : await db.Set<GuidanceArticleVersion>().AsNoTracking()
                .Where(v => v.IsPublished && articleIds.Contains(v.ArticleId))
                .ToDictionaryAsync(v => v.ArticleId, v => v.Title, cancellationToken);

    public async Task<IReadOnlyList<TopicInfo>> TopicsAsync(CancellationToken cancellationToken) =>
        await db.Set<Topic>().AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Id).Select(t => new TopicInfo(t.Id, t.Name)).ToListAsync(cancellationToken);

    /// <remarks>
    /// The bodies are JSON text columns (one per version, every language in it) that no provider can search inside
    /// alike, so the published bodies are read and matched here: the package has tens of articles, not thousands.
    /// </remarks>
    public async Task<IReadOnlyList<GuidanceArticleLink>> LinkingToServicePointAsync(string pointId, ClaimsPrincipal reader, CancellationToken cancellationToken)
    {
        var audiences = (await authorization.AuthorizeAsync(reader, GuidancePermissions.ReadNetworkPolicy)).Succeeded
            ? GuidanceAudience.All
            : [GuidanceAudience.Public];
        var published = await db.Set<GuidanceArticleVersion>().AsNoTracking()
            .Where(v => v.IsPublished && audiences.Contains(v.Audience))
            .OrderBy(v => v.ArticleId)
            .Select(v => new { v.ArticleId, v.Title, v.Body })
            .ToListAsync(cancellationToken);

        // Found as the renderer finds links (Markdig's parse), so a mention inside code or plain text is not a link.
        return [.. published
            .Where(v => v.Body.Values.Any(body => MarkdownLinkTargets.ServicePointIds(body).Contains(pointId, StringComparer.OrdinalIgnoreCase)))
            .Select(v => new GuidanceArticleLink(v.ArticleId, v.Title))];
    }
}
