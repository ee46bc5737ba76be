using Microsoft.EntityFrameworkCore;
using TrainingSite.Data;
using TrainingSite.Guidance.Models;

namespace TrainingSite.Guidance.Search;

/// <summary>
/// Every indexed translation's article, language, region, topic and audience, in memory, so the engines
/// answer only (document, term) postings and filters and facets cost no join. The index's generation
/// (GuidanceSearchState, raised in every indexing transaction) says when to reload: one key lookup per
/// search, so every node sees a publication as soon as it commits.
/// </summary>
public sealed class DocumentDirectory : IDisposable
{
    public const string GenerationKey = "generation";

    private readonly SemaphoreSlim _reload = new(1, 1);
    private (string Generation, IReadOnlyDictionary<int, DocumentInfo> Documents)? _current;

    public async Task<IReadOnlyDictionary<int, DocumentInfo>> GetAsync(TrainingDbContext db, CancellationToken cancellationToken)
    {
        var generation = await CurrentGenerationAsync(db, cancellationToken);
        if (_current is { } current && current.Generation == generation)
        {
            return current.Documents;
        }

        await _reload.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } loaded && loaded.Generation == generation)
            {
                return loaded.Documents;
            }

            var documents = await db.Set<SearchDocument>().AsNoTracking()
                .Select(d => new { d.Id, d.ArticleId, d.Language, d.RegionId, d.TopicId, d.Audience })
                .ToDictionaryAsync(d => d.Id, d => new DocumentInfo(d.ArticleId, d.Language, d.RegionId, d.TopicId, d.Audience), cancellationToken);
            _current = (generation, documents);
            return documents;
        }
        finally
        {
            _reload.Release();
        }
    }

    public void Dispose() => _reload.Dispose();

    /// <summary>Raises the generation in the caller's transaction: other readers reload after it commits.</summary>
    public static async Task AdvanceAsync(TrainingDbContext db, CancellationToken cancellationToken)
    {
        var state = await db.Set<SearchIndexState>().FirstOrDefaultAsync(s => s.Key == GenerationKey, cancellationToken);
        var next = Guid.NewGuid().ToString("N");
        if (state is null)
        {
            db.Add(new SearchIndexState { Key = GenerationKey, Value = next });
        }
        else
        {
            state.Value = next;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<string> CurrentGenerationAsync(TrainingDbContext db, CancellationToken cancellationToken) =>
        await db.Set<SearchIndexState>().AsNoTracking().Where(s => s.Key == GenerationKey).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
}
