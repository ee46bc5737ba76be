using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using TrainingSite.Data;
using TrainingSite.Guidance.Models;

namespace TrainingSite.Guidance.Search;

/// <summary>
/// The plain text of each translation of published guidance versions, by version id, for snippets. A published
/// version is never edited (changes go to a new draft), so a text once made from its Markdown stays right, and a
/// result page reads no article bodies and converts no Markdown for the articles people find most.
/// </summary>
public sealed class PublishedTexts : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 5_000 });

    /// <summary>Language → plain text of each version (the languages with a title and a body).</summary>
    public async Task<Dictionary<int, IReadOnlyDictionary<string, string>>> GetAsync(TrainingDbContext db, IReadOnlyCollection<int> versionIds, CancellationToken cancellationToken)
    {
        var texts = new Dictionary<int, IReadOnlyDictionary<string, string>>();
        var missing = new List<int>();
        foreach (var id in versionIds)
        {
            if (_cache.TryGetValue(id, out IReadOnlyDictionary<string, string>? text))
            {
                texts[id] = text!;
            }
            else
            {
                missing.Add(id);
            }
        }

        if (missing.Count > 0)
        {
            var versions = await db.Set<GuidanceArticleVersion>().AsNoTracking()
                .Where(v => v.IsPublished && missing.Contains(v.Id))
                .Select(v => new { v.Id, v.Title, v.Body })
                .ToListAsync(cancellationToken);
            foreach (var version in versions)
            {
                IReadOnlyDictionary<string, string> text = SiteCultures.All
                    .Where(language => !string.IsNullOrWhiteSpace(version.Title.GetValueOrDefault(language)) && !string.IsNullOrWhiteSpace(version.Body.GetValueOrDefault(language)))
                    .ToDictionary(language => language, language => SafeMarkdown.ToPlainText(version.Body.GetValueOrDefault(language)!), StringComparer.Ordinal);
                _cache.Set(version.Id, text, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(6) });
                texts[version.Id] = text;
            }
        }

        return texts;
    }

    public void Dispose() => _cache.Dispose();
}
