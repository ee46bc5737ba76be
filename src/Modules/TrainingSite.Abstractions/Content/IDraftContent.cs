using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Abstractions.Content;

/// <summary>
/// Versioned content whose drafts wait to be published. Each module that owns such content implements this, so the
/// administration home can say how many drafts wait without the modules knowing each other. The home decides with
/// <see cref="Rules"/> which of them the user may publish, in one place for every kind of content.
/// </summary>
public interface IDraftContent
{
    /// <summary>The module's regional rules, whose Publish operation decides who may publish an item of a region.</summary>
    RegionalRules Rules { get; }

    /// <summary>
    /// The region (null: national) of each item with a draft waiting (a version never published), once per item.
    /// Content that waits for nobody, such as archived content, is left out.
    /// </summary>
    Task<IReadOnlyList<string?>> DraftRegionsAsync(CancellationToken cancellationToken);
}
