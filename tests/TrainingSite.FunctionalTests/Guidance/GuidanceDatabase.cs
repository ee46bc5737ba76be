using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Data;
using TrainingSite.Guidance.Models;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Guidance;

/// <summary>What the database holds for an article, to check that a refused or invalid request wrote nothing.</summary>
public static class GuidanceDatabase
{
    public static Task<bool> ArticleExistsAsync(SiteFactory site, string articleId) =>
        site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Set<GuidanceArticle>().AnyAsync(a => a.Id == articleId));

    public static Task<int> ArticleCountAsync(SiteFactory site) =>
        site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Set<GuidanceArticle>().CountAsync());

    /// <summary>The article's versions as (number, updated at), which any write would change.</summary>
    public static Task<List<string>> VersionStampsAsync(SiteFactory site, string articleId) =>
        site.WithServiceAsync(async services => (await services.GetRequiredService<TrainingDbContext>().Set<GuidanceArticleVersion>()
            .Where(v => v.ArticleId == articleId).ToListAsync()).OrderBy(v => v.Number).Select(v => $"{v.Number}@{v.UpdatedAt:O}").ToList());
}
