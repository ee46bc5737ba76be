namespace TrainingSite.Search.Engine;

/// <summary>
/// Counts found articles per topic and region, and found translations per language (an article has at most one
/// per language, so that is the articles found in each language), in arrays indexed by <see cref="ValueIds"/>.
/// </summary>
internal sealed class FacetCounter
{
    private int[] _topics = new int[ValueIds.Keywords.Count];
    private int[] _regions = new int[ValueIds.Keywords.Count];
    private int[] _languages = new int[ValueIds.Languages.Count];

    public void AddArticle(int topic, int region)
    {
        Count(ref _topics, topic);
        Count(ref _regions, region);
    }

    public void AddLanguage(int language) => Count(ref _languages, language);

    public IndexFacets ToFacets() => new(Counts(_topics, ValueIds.Keywords), Counts(_regions, ValueIds.Keywords), Counts(_languages, ValueIds.Languages));

    /// <summary>An id numbered after this counter was made (a segment read meanwhile) grows the array.</summary>
    private static void Count(ref int[] counts, int id)
    {
        if (id < 0)
        {
            return;
        }

        if (id >= counts.Length)
        {
            Array.Resize(ref counts, Math.Max(id + 1, counts.Length * 2));
        }

        counts[id]++;
    }

    private static List<FacetCount> Counts(int[] counts, ValueIds ids) =>
        [.. counts.Select((count, id) => (count, id)).Where(c => c.count > 0)
            .Select(c => new FacetCount(ids.ValueOf(c.id), c.count))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Id, StringComparer.Ordinal)];
}
