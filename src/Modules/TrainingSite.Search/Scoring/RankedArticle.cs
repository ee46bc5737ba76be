namespace TrainingSite.Search.Scoring;

/// <summary>An article found: its best-scoring translation and every translation that matched.</summary>
public sealed record RankedArticle(string ArticleId, double Score, ScoredDocument Best, IReadOnlyList<ScoredDocument> Translations);
