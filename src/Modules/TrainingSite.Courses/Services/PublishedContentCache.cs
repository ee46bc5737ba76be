using Microsoft.Extensions.Caching.Memory;
using TrainingSite.Core.Content;
using TrainingSite.Courses.Models;

namespace TrainingSite.Courses.Services;

/// <summary>
/// What learners read, kept in memory so a lesson page needs one query (the learner's progress).
/// Outlines (which courses and lessons are published) live 10 seconds and are dropped at once when this node
/// publishes, discards, deletes, archives, restores, reorders or imports; another node sees the change within those 10 seconds.
/// A published version's text never changes (edits start a new version), so it is cached by version id; its
/// HTML also by the glossary's stamp, since the glossary decides which words link to it.
/// </summary>
public sealed class PublishedContentCache : IDisposable
{
    private static readonly TimeSpan OutlineLifetime = TimeSpan.FromSeconds(10);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 20_000 });
    private long _generation;

    public Task<IReadOnlyList<CourseOutline>> CatalogAsync(Func<Task<IReadOnlyList<CourseOutline>>> load) =>
        GetAsync(("catalog", Interlocked.Read(ref _generation)), OutlineLifetime, load);

    public Task<CourseOutline?> CourseAsync(string courseId, Func<Task<CourseOutline?>> load) =>
        GetAsync(("course", courseId, Interlocked.Read(ref _generation)), OutlineLifetime, load);

    public Task<LessonVersion?> LessonVersionAsync(int versionId, Func<Task<LessonVersion?>> load) =>
        GetAsync(("version", versionId), TimeSpan.FromHours(6), load);

    public string Html(int versionId, string culture, string markdown, GlossaryIndex glossary) =>
        _cache.GetOrCreate(("html", versionId, culture, glossary.Stamp), entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromHours(6);
            return SafeMarkdown.ToHtml(markdown, culture, glossary);
        })!;

    /// <summary>Forgets every outline; called after any change to what is published.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);

    public void Dispose() => _cache.Dispose();

    private async Task<T> GetAsync<T>(object key, TimeSpan lifetime, Func<Task<T>> load)
    {
        if (_cache.TryGetValue(key, out T? cached))
        {
            return cached!;
        }

        var value = await load();
        _cache.Set(key, value, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = lifetime });
        return value;
    }
}
