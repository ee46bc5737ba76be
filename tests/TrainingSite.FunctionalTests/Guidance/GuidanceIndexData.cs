using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Data;
using TrainingSite.Guidance.Models;
using TrainingSite.Guidance.Search;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Guidance;

/// <summary>The database as another node would change it, and what this node's index says of itself.</summary>
public static class GuidanceIndexData
{
    /// <summary>
    /// Publishes an article and writes its task as another node would: straight to the database, so this node
    /// learns of it only through its background worker.
    /// </summary>
    public static Task PublishAsAnotherNodeAsync(SiteFactory site, string id, string word) =>
        site.WithServiceAsync(async services =>
        {
            var db = services.GetRequiredService<TrainingDbContext>();
            var now = DateTimeOffset.UtcNow;
            db.Add(new GuidanceArticle { Id = id, CreatedAt = now });
            db.Add(new GuidanceArticleVersion
            {
                ArticleId = id,
                Number = 1,
                IsPublished = true,
                PublishedAt = now,
                CreatedAt = now,
                UpdatedAt = now,
                Title = new LocalizedText(new Dictionary<string, string> { ["fi"] = $"Ohje {id}" }),
                Body = new LocalizedText(new Dictionary<string, string> { ["fi"] = $"Toisen solmun {word} ohje." }),
                TopicId = "housing",
                Audience = GuidanceAudience.Public,
                AuthorName = "toinen solmu",
            });
            await db.SaveChangesAsync();
            await AddTaskAsync(db, id, DateTime.UtcNow);
            return true;
        });

    public static Task<long> AddTaskAsync(SiteFactory site, string articleId, DateTime createdAt) =>
        site.WithServiceAsync(services => AddTaskAsync(services.GetRequiredService<TrainingDbContext>(), articleId, createdAt));

    public static Task<List<GuidanceIndexingTask>> TasksAsync(SiteFactory site, string articleId) =>
        site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Set<GuidanceIndexingTask>().AsNoTracking().Where(t => t.ArticleId == articleId).ToListAsync());

    public static Task<Dictionary<string, string>> StateAsync(SiteFactory site) =>
        site.WithServiceAsync(services => SearchStateValues.ReadAsync(services.GetRequiredService<TrainingDbContext>(), CancellationToken.None));

    public static GuidanceSearchIndex Index(SiteFactory site) => site.Services.GetRequiredService<GuidanceSearchIndex>();

    private static async Task<long> AddTaskAsync(TrainingDbContext db, string articleId, DateTime createdAt)
    {
        var task = new GuidanceIndexingTask { ArticleId = articleId, CreatedAt = createdAt };
        db.Add(task);
        await db.SaveChangesAsync();
        return task.Id;
    }
}
