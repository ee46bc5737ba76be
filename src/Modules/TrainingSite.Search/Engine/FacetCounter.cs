namespace TrainingSite.Search.Engine;

/// <summary>Counts articles per topic, region and language in arrays indexed by <see cref="ValueIds"/>.</summary>
internal sealed class FacetCounter
{
    private int[] _topics = new int[ValueIds.Keywords.Count];
    private int[] _regions = new int[ValueIds.Keywords.Count];
    private readonly int[] _languages = new int[32];

    public void Add(int topic, int region, int languageMask)
    {
        Count(ref _topics, topic);
        Count(ref _regions, region);
        for (var language = 0; languageMask != 0; language++, languageMask >>= 1)
        {
            _languages[language] += languageMask & 1;
        }
    }

    public void Add(int topic, int region, IEnumerable<int> languages) =>
        Add(topic, region, languages.Aggregate(0, (mask, language) => mask | (1 << language)));

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
