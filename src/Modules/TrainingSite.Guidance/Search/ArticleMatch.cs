using TrainingSite.Search.Scoring;

namespace TrainingSite.Guidance.Search;

/// <summary>An article found: its best-scoring translation and every translation that matched.</summary>
internal sealed record ArticleMatch(string ArticleId, double Score, ScoredDocument Best, IReadOnlyList<ScoredDocument> Translations);
