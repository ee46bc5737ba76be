using TrainingSite.Guidance.Models;

namespace TrainingSite.Guidance.Search;

/// <summary>Makes the search documents of a published version: one per language that has a title and a body.</summary>
public static class SearchDocuments
{
    public const string TagSeparator = ", ";

    public static IEnumerable<SearchDocument> FromVersion(GuidanceArticleVersion version, string? regionId)
    {
        foreach (var language in SiteCultures.All)
        {
            var title = version.Title.GetValueOrDefault(language);
            var body = version.Body.GetValueOrDefault(language);
            if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(body))
            {
                continue;
            }

            yield return new SearchDocument
            {
                ArticleId = version.ArticleId,
                Language = language,
                RegionId = regionId,
                TopicId = version.TopicId,
                Audience = version.Audience,
                Title = title.Length <= 400 ? title : title[..400],
                Tags = string.Join(TagSeparator, version.Tags),
                Text = SafeMarkdown.ToPlainText(body),
                PublishedAt = version.PublishedAt ?? version.UpdatedAt,
            };
        }
    }

    public static IReadOnlyList<string> TagList(string tags) =>
        tags.Split(TagSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
