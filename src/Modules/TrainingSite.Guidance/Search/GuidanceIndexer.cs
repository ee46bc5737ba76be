using Microsoft.EntityFrameworkCore;
using TrainingSite.Data;
using TrainingSite.Guidance.Models;
using TrainingSite.Search.Analysis;

namespace TrainingSite.Guidance.Search;

/// <summary>
/// Keeps the search index in step with what is published: each published translation of an article is a
/// search document with its analysed terms in the engine and its words in the vocabulary. It writes in the
/// caller's transaction, so an article is searchable exactly when its publication commits.
/// </summary>
public sealed class GuidanceIndexer(TrainingDbContext db, ISearchEngineStore engine, TextAnalyzer analyzer)
{
    private const int RebuildBatch = 400;

    /// <summary>Re-indexes the articles: drops their documents, then indexes their published versions (if any).</summary>
    public async Task IndexArticlesAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken)
    {
        var words = new Dictionary<string, WordCount>(StringComparer.Ordinal);
        var existing = await db.Set<SearchDocument>().Where(d => articleIds.Contains(d.ArticleId)).ToListAsync(cancellationToken);
        foreach (var document in existing)
        {
            Count(words, Analyze(document).Words, document.Audience, -1);
        }

        await engine.RemoveAsync(db, existing.Select(d => d.Id).ToList(), cancellationToken);
        db.RemoveRange(existing);
        await db.SaveChangesAsync(cancellationToken);
        await AddPublishedAsync(articleIds, words, cancellationToken);
        await SearchVocabulary.CountAsync(db, words, cancellationToken);
        await DocumentDirectory.AdvanceAsync(db, cancellationToken);
    }

    /// <summary>Rebuilds the whole index from the published articles; returns the number of documents indexed.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        await engine.ClearAsync(db, cancellationToken);
        await db.Set<SearchDocument>().ExecuteDeleteAsync(cancellationToken);
        await SearchVocabulary.ClearAsync(db, cancellationToken);
        var words = new Dictionary<string, WordCount>(StringComparer.Ordinal);
        var ids = await db.Set<GuidanceArticle>().OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(cancellationToken);
        var total = 0;
        foreach (var batch in ids.Chunk(RebuildBatch))
        {
            total += await AddPublishedAsync(batch, words, cancellationToken);
            db.ChangeTracker.Clear();
        }

        await SearchVocabulary.CountAsync(db, words, cancellationToken);
        await SetAnalysisSignatureAsync(cancellationToken);
        await DocumentDirectory.AdvanceAsync(db, cancellationToken);
        return total;
    }

    /// <summary>The analysis the index was built with, so a change (a library installed or lost) can trigger a rebuild.</summary>
    public async Task<string?> AnalysisSignatureAsync(CancellationToken cancellationToken) =>
        await db.Set<SearchIndexState>().AsNoTracking().Where(s => s.Key == SearchIndexState.AnalysisKey).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);

    private async Task SetAnalysisSignatureAsync(CancellationToken cancellationToken)
    {
        var state = await db.Set<SearchIndexState>().FirstOrDefaultAsync(s => s.Key == SearchIndexState.AnalysisKey, cancellationToken);
        if (state is null)
        {
            db.Add(new SearchIndexState { Key = SearchIndexState.AnalysisKey, Value = analyzer.Status.Signature });
        }
        else
        {
            state.Value = analyzer.Status.Signature;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<int> AddPublishedAsync(IReadOnlyCollection<string> articleIds, Dictionary<string, WordCount> words, CancellationToken cancellationToken)
    {
        var published = await db.Set<GuidanceArticleVersion>().AsNoTracking()
            .Where(v => v.IsPublished && articleIds.Contains(v.ArticleId))
            .Join(db.Set<GuidanceArticle>(), v => v.ArticleId, a => a.Id, (v, a) => new { Version = v, a.RegionId })
            .ToListAsync(cancellationToken);
        var documents = published.SelectMany(p => SearchDocuments.FromVersion(p.Version, p.RegionId)).ToList();
        if (documents.Count == 0)
        {
            return 0;
        }

        db.AddRange(documents);
        await db.SaveChangesAsync(cancellationToken);
        // Analysis is most of an index build's CPU and each text is analysed on its own, so the texts are
        // analysed in parallel (the analyzer's caches are concurrent; its native calls are serialised).
        var analyses = new IndexedText[documents.Count];
        Parallel.For(0, documents.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => analyses[i] = Analyze(documents[i]));
        var indexed = new List<(int, IReadOnlyList<string>)>(documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            Count(words, analyses[i].Words, documents[i].Audience, +1);
            indexed.Add((documents[i].Id, analyses[i].Terms));
        }

        await engine.AddAsync(db, indexed, cancellationToken);
        return documents.Count;
    }

    private IndexedText Analyze(SearchDocument document) =>
        analyzer.AnalyzeDocument(document.Language, document.Title, SearchDocuments.TagList(document.Tags), document.Text);

    private static void Count(Dictionary<string, WordCount> words, IReadOnlyDictionary<string, string> found, string audience, int sign)
    {
        var isPublic = audience == GuidanceAudience.Public;
        foreach (var (term, display) in found)
        {
            words[term] = words.GetValueOrDefault(term, new WordCount(display, 0, 0)).Add(sign, isPublic);
        }
    }
}
