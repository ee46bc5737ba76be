namespace TrainingSite.Search.Analysis;

/// <summary>Which native analysis libraries were found; search works without them, with less recall.</summary>
public sealed record AnalysisStatus(bool Stemmers, bool Voikko)
{
    public bool Degraded => !Stemmers || !Voikko;

    /// <summary>Stored with the index: when it changes (a library appeared or went), the index is rebuilt.</summary>
    public string Signature => $"v1;snowball={(Stemmers ? 1 : 0)};voikko={(Voikko ? 1 : 0)}";

    public IEnumerable<string> Missing()
    {
        if (!Stemmers)
        {
            yield return "libstemmer0d (Snowball stemmers)";
        }

        if (!Voikko)
        {
            yield return "libvoikko1 + voikko-fi (Finnish morphology)";
        }
    }
}
