using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Directory;
using TrainingSite.Abstractions.Guidance;
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

    public async Task<IReadOnlyDictionary<string, LocalizedText>> TopicNamesAsync(IReadOnlyCollection<string> topicIds, CancellationToken cancellationToken) =>
        topicIds.Count == 0
            ? new Dictionary<string, LocalizedText>()
            : await db.Set<Topic>().AsNoTracking()
                .Where(t => topicIds.Contains(t.Id))
                .ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);

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

        // "(servicepoint:kela-espoo)" or "<servicepoint:kela-espoo>": the target ends at a space, ")" or ">" (a title may follow).
        var target = new Regex(Regex.Escape(ServicePointLinks.Scheme) + @"\s*" + Regex.Escape(pointId) + @"(?=[\s)>])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return [.. published.Where(v => v.Body.Values.Any(target.IsMatch)).Select(v => new GuidanceArticleLink(v.ArticleId, v.Title))];
    }
}
