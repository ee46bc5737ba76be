using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Data;
using TrainingSite.Glossary.Models;

namespace TrainingSite.Glossary.Services;

/// <summary>
/// The glossary in memory: its terms and the compiled auto-link index. Reloaded at once on this node when a
/// recipe changes the glossary, and at most every 30 seconds otherwise (so another node sees a change within
/// that time). A reload whose content is unchanged keeps the old index and its compiled matchers.
/// </summary>
public sealed class GlossaryCache(IServiceScopeFactory scopes) : IGlossaryLinker, IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private GlossarySnapshot? _snapshot;
    private long _generation;

    public async ValueTask<GlossaryIndex> GetIndexAsync(CancellationToken cancellationToken) => (await GetAsync(cancellationToken)).Index;

    public async ValueTask<GlossarySnapshot> GetAsync(CancellationToken cancellationToken)
    {
        if (Fresh(Volatile.Read(ref _snapshot)) is { } current)
        {
            return current;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(_snapshot) is { } loaded)
            {
                return loaded;
            }

            var generation = Interlocked.Read(ref _generation);
            List<GlossaryTerm> terms;
            await using (var scope = scopes.CreateAsyncScope())
            {
                terms = await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Set<GlossaryTerm>()
                    .AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken);
            }

            var index = new GlossaryIndex(terms.Select(t => new GlossaryEntry(t.Id, SiteCultures.All.ToDictionary(c => c, t.FormsIn))));
            if (_snapshot is { } previous && previous.Index.Stamp == index.Stamp)
            {
                index = previous.Index;
            }

            var snapshot = new GlossarySnapshot(terms, index, generation, Environment.TickCount64);
            Volatile.Write(ref _snapshot, snapshot);
            return snapshot;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Forgets the glossary; the next request reloads it.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);

    public void Dispose() => _loading.Dispose();

    private GlossarySnapshot? Fresh(GlossarySnapshot? snapshot) =>
        snapshot is not null
        && snapshot.Generation == Interlocked.Read(ref _generation)
        && Environment.TickCount64 - snapshot.LoadedAt < Lifetime.TotalMilliseconds
            ? snapshot
            : null;
}

/// <summary>The glossary as loaded at one moment: its terms (by id) and their auto-link index.</summary>
public sealed record GlossarySnapshot(IReadOnlyList<GlossaryTerm> Terms, GlossaryIndex Index, long Generation, long LoadedAt);
