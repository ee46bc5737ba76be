using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Data;
using TrainingSite.Quizzes.Models;

namespace TrainingSite.Quizzes.Services;

/// <summary>Quiz versions by id. A published version never changes, so answering a question reads no question set from the database.</summary>
public sealed class QuizVersionCache(IServiceScopeFactory scopes) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 2_000 });

    public async Task<QuizVersion> GetAsync(int versionId, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(versionId, out QuizVersion? version))
        {
            return version!;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        version = await db.Set<QuizVersion>().AsNoTracking().FirstAsync(v => v.Id == versionId, cancellationToken);
        if (version.PublishedAt is not null)
        {
            _cache.Set(versionId, version, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(6) });
        }

        return version;
    }

    public void Dispose() => _cache.Dispose();
}
