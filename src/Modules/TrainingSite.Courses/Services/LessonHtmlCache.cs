using Microsoft.Extensions.Caching.Memory;
using TrainingSite.Abstractions.Content;

namespace TrainingSite.Courses.Services;

/// <summary>
/// Rendered lesson HTML by (version id, language). A published version's text never changes, so an entry
/// can never be stale; a new version has a new id. Bounded in size.
/// </summary>
public sealed class LessonHtmlCache : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 2_000 });

    public string Render(int versionId, string culture, string markdown) =>
        _cache.GetOrCreate((versionId, culture), entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromHours(6);
            return SafeMarkdown.ToHtml(markdown);
        })!;

    public void Dispose() => _cache.Dispose();
}
