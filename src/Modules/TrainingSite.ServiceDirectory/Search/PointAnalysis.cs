namespace TrainingSite.ServiceDirectory.Search;

/// <summary>
/// What one point's texts give the index: each analysed term with the weight of the best field it is in, and each
/// word (folded, with a spelling to show) for the vocabulary.
/// </summary>
public sealed record PointAnalysis(IReadOnlyDictionary<string, float> Terms, IReadOnlyDictionary<string, string> Words);
