using System.Security.Claims;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Core.Localization;

namespace TrainingSite.Review;

/// <summary>
/// What in a user's regional scope needs its facts checked: every lesson and guidance article (from each module's
/// <see cref="IReviewableContent"/>) never checked or checked more than 12 months ago, never-checked first, then oldest first.
/// The scope is <see cref="ReviewPermissions.Rules"/>' for viewing.
/// </summary>
public sealed class ReviewList(IEnumerable<IReviewableContent> sources, IRegionalAccess access)
{
    public async Task<IReadOnlyList<ReviewableItem>> DueAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var scope = await access.ScopeAsync(user, ReviewPermissions.Rules, RegionalOperation.View, cancellationToken);
        if (scope.IsEmpty)
        {
            return [];
        }

        // Sources take a set of regions, or null for everything (national items included, which a set never reaches).
        var regions = scope.AllRegions || scope.National ? null : scope.Regions;
        var today = SiteTime.Today;
        var items = new List<ReviewableItem>();
        foreach (var source in sources)
        {
            items.AddRange(await source.ListAsync(regions, cancellationToken));
        }

        // The scope decides each item as well: a wider read above is narrowed here, and one module's mistake cannot show another region's work.
        return [.. items
            .Where(i => scope.Includes(i.RegionId))
            .Where(i => ReviewableKinds.IsDue(i.ReviewedOn, today))
            .OrderBy(i => i.ReviewedOn.HasValue)
            .ThenBy(i => i.ReviewedOn)
            .ThenBy(i => i.Kind, StringComparer.Ordinal)
            .ThenBy(i => i.Title.ToString(), StringComparer.CurrentCulture)];
    }
}
