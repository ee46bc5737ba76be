using TrainingSite.Data;

namespace TrainingSite.Guidance.Search;

/// <summary>
/// The provider's full-text index: SQLite FTS5 or a PostgreSQL tsvector table. It stores each indexed
/// translation's analysed terms and answers which documents hold which terms; scoring is shared
/// (TrainingSite.Search.Scoring.DocumentScorer), so both providers give the same results. Every call runs in the
/// context's current transaction, so the index changes with what is published.
/// </summary>
public interface ISearchEngineStore
{
    Task AddAsync(TrainingDbContext db, IReadOnlyList<(int DocumentId, IReadOnlyList<string> Terms)> documents, CancellationToken cancellationToken);

    Task RemoveAsync(TrainingDbContext db, IReadOnlyCollection<int> documentIds, CancellationToken cancellationToken);

    Task ClearAsync(TrainingDbContext db, CancellationToken cancellationToken);

    /// <summary>The postings of the terms: which documents hold which of them.</summary>
    Task<IReadOnlyList<(int DocumentId, string Term)>> PostingsAsync(TrainingDbContext db, IReadOnlyList<string> terms, CancellationToken cancellationToken);
}
