using TrainingSite.Abstractions.Content;

namespace TrainingSite.Core.Authoring;

/// <summary>
/// The model of the one history page (Pages/Shared/_VersionHistory.cshtml): an item's versions, newest first, the two
/// being compared, if any, and what is compared. The page that shows it has a Restore handler taking <c>number</c>.
/// </summary>
public sealed record VersionHistory(string Title, string BackUrl, IReadOnlyList<ContentVersion> Versions, ContentVersion? From, ContentVersion? To)
{
    /// <summary>The texts compared per language; the title and the main text unless the item says otherwise.</summary>
    public IReadOnlyList<VersionField> Fields { get; init; } = VersionField.TitleAndText;

    /// <summary>A line under the heading saying what restoring brings back; null for the common one.</summary>
    public string? Intro { get; init; }

    public static VersionHistory Of(string title, string backUrl, IEnumerable<ContentVersion> versions, int? from, int? to)
    {
        var ordered = versions.OrderByDescending(v => v.Number).ToList();
        return new VersionHistory(title, backUrl, ordered, ordered.FirstOrDefault(v => v.Number == from), ordered.FirstOrDefault(v => v.Number == to));
    }
}
