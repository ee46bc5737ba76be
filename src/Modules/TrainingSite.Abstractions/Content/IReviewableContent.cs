using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Abstractions.Content;

/// <summary>
/// Content whose facts authors check from time to time (lessons, guidance articles). Each module that owns such
/// content implements this, so the review list at /authoring/review can show it without the modules knowing each other.
/// </summary>
public interface IReviewableContent
{
    /// <summary>
    /// Every item of the given regions (null: every item, national ones included), as its latest version (the draft
    /// when there is one) says. The caller decides the regions from the user's regional scope.
    /// </summary>
    Task<IReadOnlyList<ReviewableItem>> ListAsync(IReadOnlySet<string>? regions, CancellationToken cancellationToken);
}

/// <summary>One lesson or article on the review list.</summary>
/// <param name="Kind">One of <see cref="ReviewableKinds"/>.</param>
/// <param name="RegionId">Null for national content.</param>
/// <param name="ReviewedOn">The day its facts were last checked; null when never.</param>
/// <param name="EditUrl">Site-relative address of its editor.</param>
public sealed record ReviewableItem(string Kind, string Id, LocalizedText Title, string? RegionId, DateOnly? ReviewedOn, string EditUrl);

public static class ReviewableKinds
{
    public const string Lesson = "lesson";
    public const string Article = "article";

    /// <summary>Facts older than this need checking again.</summary>
    public const int ReviewIntervalMonths = 12;

    /// <summary>Never checked, or checked more than <see cref="ReviewIntervalMonths"/> months before <paramref name="today"/>.</summary>
    public static bool IsDue(DateOnly? reviewedOn, DateOnly today) => reviewedOn is not { } day || day < today.AddMonths(-ReviewIntervalMonths);
}
