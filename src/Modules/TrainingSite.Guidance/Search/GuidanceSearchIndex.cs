using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrainingSite.Data;
using TrainingSite.Guidance.Models;
using TrainingSite.Search.Engine;
using TrainingSite.Search.LuceneAnalysis;

namespace TrainingSite.Guidance.Search;

/// <summary>
/// This node's guidance index and how it follows the database, in the manner of Orchard Core's
/// LuceneIndexingService: <see cref="CatchUpAsync"/> applies the indexing tasks after the index's cursor,
/// <see cref="RebuildAsync"/> builds a new index from the published articles beside the live one. The index
/// folder is opened on first use and held for the life of the process. One per process.
/// </summary>
public sealed class GuidanceSearchIndex(
    IServiceScopeFactory scopes,
    GuidanceAnalyzers analyzers,
    IOptions<SearchOptions> options,
    IHostEnvironment environment,
    ILogger<GuidanceSearchIndex> logger) : IDisposable
{
    /// <summary>Tasks read per round of a catch-up, articles per batch of a rebuild.</summary>
    public const int Batch = 500;

    private readonly SemaphoreSlim _catchUp = new(1, 1);
    private readonly Lock _openGate = new();
    private IndexFolderLock? _folderLock;
    private SearchIndexNode? _node;

    public string Folder { get; } = Path.GetFullPath(options.Value.IndexFolder, environment.ContentRootPath);

    /// <summary>The node's index, opened on first use.</summary>
    /// <exception cref="IndexFolderInUseException">Another process holds the folder.</exception>
    public SearchIndexNode Node => TryOpen() ?? throw new IndexFolderInUseException(Folder);

    /// <summary>The node's index, or null when another process (a running site) holds the folder.</summary>
    public SearchIndexNode? TryOpen()
    {
        lock (_openGate)
        {
            if (_node is not null)
            {
                return _node;
            }

            _folderLock = IndexFolderLock.TryAcquire(Folder);
            if (_folderLock is null)
            {
                return null;
            }

            _node = new SearchIndexNode(Folder, analyzers);
            return _node;
        }
    }

    /// <summary>Applies the tasks after the index's cursor, in batches, each batch one commit; returns how many tasks.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        var node = Node;
        if (!node.State.Exists)
        {
            return 0; // the build that creates the index reads the articles as they are
        }

        await _catchUp.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
            var applied = 0;
            while (true)
            {
                var cursor = node.State.Cursor;
                var tasks = await db.Set<GuidanceIndexingTask>().AsNoTracking()
                    .Where(t => t.Id > cursor).OrderBy(t => t.Id).Take(Batch)
                    .Select(t => new { t.Id, t.ArticleId })
                    .ToListAsync(cancellationToken);
                if (tasks.Count == 0)
                {
                    return applied;
                }

                var updates = await IndexedTranslations.UpdatesAsync(db, [.. tasks.Select(t => t.ArticleId).Distinct(StringComparer.Ordinal)], cancellationToken);
                node.Apply(updates, tasks[^1].Id);
                applied += tasks.Count;
                if (tasks.Count < Batch)
                {
                    return applied;
                }
            }
        }
        finally
        {
            _catchUp.Release();
        }
    }

    /// <summary>
    /// Builds a new index from every published article while the live one keeps answering, swaps it in and
    /// applies the tasks written meanwhile. Returns the translations indexed, or null when a rebuild is already running.
    /// </summary>
    /// <param name="request">The rebuild request honoured (so the node does not rebuild again for it).</param>
    public async Task<int?> RebuildAsync(string? request, CancellationToken cancellationToken)
    {
        var node = Node;
        var watch = Stopwatch.StartNew();
        int total;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();

            // The cursor is read before the articles: a task committed during the build is applied after it. It is
            // at least the last pruned task, which the articles read include, even when every task was pruned.
            var last = await db.Set<GuidanceIndexingTask>().MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;
            var state = await SearchStateValues.ReadAsync(db, cancellationToken);
            var cursor = Math.Max(last, SearchStateValues.Number(state, SearchIndexState.PrunedThroughKey));
            using var build = node.BeginRebuild();
            if (build is null)
            {
                return null;
            }

            total = await AddPublishedAsync(db, build, cancellationToken);
            build.Complete(cursor, request);
        }

        logger.LogInformation("Rebuilt the guidance search index in {Folder}: {Translations} translations in {Milliseconds} ms", Folder, total, watch.ElapsedMilliseconds);
        await CatchUpAsync(cancellationToken);
        return total;
    }

    /// <summary>Why this node must rebuild now (no index, other analysis, missed tasks, a new request), or null.</summary>
    public async Task<RebuildReason?> RebuildReasonAsync(CancellationToken cancellationToken)
    {
        var node = Node;
        var index = node.State;
        if (index.Rebuilding)
        {
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        var state = await SearchStateValues.ReadAsync(scope.ServiceProvider.GetRequiredService<TrainingDbContext>(), cancellationToken);
        var request = state.GetValueOrDefault(SearchIndexState.RebuildRequestKey);
        if (node.NeedsRebuild)
        {
            return new RebuildReason("the index is missing or was built with other analysis", request);
        }

        if (index.Cursor < SearchStateValues.Number(state, SearchIndexState.PrunedThroughKey))
        {
            return new RebuildReason("indexing tasks it had not applied were pruned", request);
        }

        return request is not null && request != index.RebuildRequest ? new RebuildReason("search reindex was requested", request) : null;
    }

    /// <summary>Deletes the tasks older than the retention window and records the highest id deleted; returns how many.</summary>
    public async Task<int> PruneAsync(DateTime now, CancellationToken cancellationToken)
    {
        var cutoff = now - options.Value.TaskRetention;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var through = await db.Set<GuidanceIndexingTask>().Where(t => t.CreatedAt < cutoff).MaxAsync(t => (long?)t.Id, cancellationToken);
        if (through is null)
        {
            return 0;
        }

        var deleted = await db.Set<GuidanceIndexingTask>().Where(t => t.Id <= through).ExecuteDeleteAsync(cancellationToken);
        await SearchStateValues.RaiseAsync(db, SearchIndexState.PrunedThroughKey, through.Value, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    /// <summary>How many tasks the index is behind the log: the highest task id minus its cursor.</summary>
    public async Task<long> LagAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        var last = await db.Set<GuidanceIndexingTask>().MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;
        return Math.Max(0, last - Node.State.Cursor);
    }

    public void Dispose()
    {
        lock (_openGate)
        {
            _node?.Dispose();
            _folderLock?.Dispose();
            (_node, _folderLock) = (null, null);
        }

        _catchUp.Dispose();
    }

    /// <summary>Streams the published versions in batches by article id (keyset), adding each batch's translations.</summary>
    private static async Task<int> AddPublishedAsync(TrainingDbContext db, IndexBuild build, CancellationToken cancellationToken)
    {
        var total = 0;
        var last = string.Empty;
        while (true)
        {
            var after = last;
            var rows = await db.Set<GuidanceArticleVersion>().AsNoTracking()
                .Where(v => v.IsPublished && v.ArticleId.CompareTo(after) > 0)
                .Join(db.Set<GuidanceArticle>(), v => v.ArticleId, a => a.Id, (v, a) => new { Version = v, a.RegionId })
                .OrderBy(r => r.Version.ArticleId).Take(Batch)
                .ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                return total;
            }

            // Markdown to plain text is the part of a build that is not analysis: done on every core as well.
            var translations = rows.AsParallel().AsOrdered().WithCancellation(cancellationToken)
                .SelectMany(r => IndexedTranslations.FromVersion(r.Version, r.RegionId)).ToList();
            build.Add(translations);
            total += translations.Count;
            last = rows[^1].Version.ArticleId;
            db.ChangeTracker.Clear();
        }
    }
}
