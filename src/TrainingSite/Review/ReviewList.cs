using System.Security.Claims;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Core.Localization;

namespace TrainingSite.Review;

/// <summary>
/// What in a user's regional scope needs its facts checked: every lesson and guidance article (from each module's
/// <see cref="IReviewableContent"/>) never checked or checked more than 12 months ago, never-checked first, then oldest first.
/// </summary>
public sealed class ReviewList(IEnumerable<IReviewableContent> sources, IRegionalScope scope)
{
    public async Task<IReadOnlyList<ReviewableItem>> DueAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var regions = await scope.AuthorableRegionsAsync(user, cancellationToken);
        var today = SiteTime.Today;
        var items = new List<ReviewableItem>();
        foreach (var source in sources)
        {
            items.AddRange(await source.ListAsync(regions, cancellationToken));
        }

        // The sources filter by region already; checking again here keeps one module's mistake from showing another region's work.
        return [.. items
            .Where(i => regions is null || (i.RegionId is not null && regions.Contains(i.RegionId)))
            .Where(i => ReviewableKinds.IsDue(i.ReviewedOn, today))
            .OrderBy(i => i.ReviewedOn.HasValue)
            .ThenBy(i => i.ReviewedOn)
            .ThenBy(i => i.Kind, StringComparer.Ordinal)
            .ThenBy(i => i.Title.ToString(), StringComparer.CurrentCulture)];
    }
}
