using TrainingSite.Guidance.Models;

namespace TrainingSite.Guidance.Services;

/// <summary>An article as readers see it: its live version, with its region and topic.</summary>
public sealed record PublishedArticle(GuidanceArticle Article, GuidanceArticleVersion Version, Topic? Topic)
{
    public string Id => Article.Id;

    /// <summary>The languages the article is written in (a title and a body).</summary>
    public IReadOnlyList<string> Languages { get; } = SiteCultures.All
        .Where(l => !string.IsNullOrWhiteSpace(Version.Title.GetValueOrDefault(l)) && !string.IsNullOrWhiteSpace(Version.Body.GetValueOrDefault(l)))
        .ToList();
}
