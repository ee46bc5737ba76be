using TrainingSite.Abstractions.Guidance;
using TrainingSite.Abstractions.Regions;

namespace TrainingSite.ServiceDirectory.Search;

/// <summary>
/// An immutable snapshot of the published points for searching: each point with its precomputed facts, an
/// inverted index from analysed term to the points that have it, the vocabulary, and the regions and topics the
/// filters offer. Built again only when <see cref="Stamp"/> no longer matches the database.
/// </summary>
public sealed class DirectoryIndex(
    DirectoryStamp stamp,
    IReadOnlyList<DirectoryEntry> entries,
    IReadOnlyDictionary<string, DirectoryPosting[]> postings,
    DirectoryVocabulary vocabulary,
    IReadOnlyDictionary<string, int[]> nameOrder,
    IReadOnlyList<RegionInfo> regions,
    IReadOnlyList<TopicInfo> topics)
{
    public DirectoryStamp Stamp { get; } = stamp;

    public IReadOnlyList<DirectoryEntry> Entries { get; } = entries;

    public DirectoryVocabulary Vocabulary { get; } = vocabulary;

    public IReadOnlyList<RegionInfo> Regions { get; } = regions;

    public IReadOnlyList<TopicInfo> Topics { get; } = topics;

    /// <summary>The languages some point serves in person, in code order (the page names and sorts them).</summary>
    public IReadOnlyList<string> Languages { get; } = [.. entries.SelectMany(e => e.Languages).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public int TermCount => postings.Count;

    /// <summary>The entry at <paramref name="position"/>'s place among all sorted by name in a site language.</summary>
    public int NameOrder(int position, string language) =>
        (nameOrder.TryGetValue(language, out var order) ? order : nameOrder[SiteCultures.Default])[position];

    /// <summary>The entries by the id of their published version, for the next snapshot to reuse.</summary>
    public IReadOnlyDictionary<int, DirectoryEntry> ByVersion { get; } = entries.DistinctBy(e => e.Version.Id).ToDictionary(e => e.Version.Id);

    public IReadOnlyList<DirectoryPosting> Postings(string term) => postings.TryGetValue(term, out var found) ? found : [];

    public bool IsRegion(string id) => Regions.Any(r => r.Id == id);

    public bool IsTopic(string id) => Topics.Any(t => t.Id == id);
}
