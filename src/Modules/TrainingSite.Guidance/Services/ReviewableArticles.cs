using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Guidance.Services;

/// <summary>The guidance articles for the review list: the authoring list's rows (the draft, else the live version) with their review dates.</summary>
public sealed class ReviewableArticles(GuidanceAuthoring authoring) : IReviewableContent
{
    public async Task<IReadOnlyList<ReviewableItem>> ListAsync(IReadOnlySet<string>? regions, CancellationToken cancellationToken) =>
        [.. (await authoring.ListAsync(regions is null ? new RegionScope(true, true, new HashSet<string>()) : new RegionScope(false, false, regions), cancellationToken))
            .Select(a => new ReviewableItem(ReviewableKinds.Article, a.Id, a.Title, a.RegionId, a.ReviewedOn, $"/authoring/guidance/{a.Id}"))];
}
