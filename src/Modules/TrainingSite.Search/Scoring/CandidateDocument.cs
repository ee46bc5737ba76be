namespace TrainingSite.Search.Scoring;

/// <summary>
/// One indexed translation that matched at least one query term, with the matched terms as bits of the
/// plan's <see cref="TermIndex"/>. Both index engines answer with postings that become these, so scoring is shared.
/// </summary>
public sealed class CandidateDocument(int id, string articleId, string language, string? regionId, string topicId, TermIndex terms)
{
    private readonly ulong[] _matched = new ulong[(terms.Count + 63) / 64];

    public int Id => id;

    public string ArticleId => articleId;

    public string Language => language;

    public string? RegionId => regionId;

    public string TopicId => topicId;

    /// <summary>Records a matched term; terms outside the plan are ignored.</summary>
    public void Add(string term)
    {
        var number = terms.NumberOf(term);
        if (number >= 0)
        {
            _matched[number >> 6] |= 1UL << (number & 63);
        }
    }

    public bool Has(int number) => (_matched[number >> 6] & (1UL << (number & 63))) != 0;

    public bool IsEmpty => Array.TrueForAll(_matched, word => word == 0);
}
