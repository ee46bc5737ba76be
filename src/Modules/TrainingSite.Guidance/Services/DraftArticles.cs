using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data;
using TrainingSite.Guidance.Models;

namespace TrainingSite.Guidance.Services;

/// <summary>Guidance articles with a draft waiting to be published, in the user's publishing scope.</summary>
public sealed class DraftArticles(TrainingDbContext db, IRegionalAccess access) : IDraftContent
{
    public async Task<int?> CountDraftsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var scope = await access.ScopeAsync(user, GuidancePermissions.Rules, RegionalOperation.Publish, cancellationToken);
        if (scope.IsEmpty)
        {
            return null;
        }

        // An article has at most one draft, so a draft version is a waiting article; only its region is read.
        var regions = await db.Set<GuidanceArticleVersion>().AsNoTracking()
            .Where(v => v.PublishedAt == null)
            .Join(db.Set<GuidanceArticle>(), v => v.ArticleId, a => a.Id, (v, a) => a.RegionId)
            .ToListAsync(cancellationToken);
        return regions.Count(scope.Includes);
    }
}
