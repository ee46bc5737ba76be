using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data;
using TrainingSite.Guidance.Models;
using TrainingSite.Guidance.Search;

namespace TrainingSite.Guidance.Services;

/// <summary>
/// Changes authors make to guidance articles: drafts, publishing, discarding, restoring and deleting.
/// Callers authorize the article first (the authoring pages through <see cref="GuidancePermissions.Rules"/>). Publishing and deleting write an indexing task in the same
/// transaction (the outbox), so every node's index follows exactly what commits; this node applies it as the transaction commits.
/// Publishing, discarding, restoring and deleting save their audit event in the change's transaction too.
/// </summary>
public sealed class GuidanceAuthoring(TrainingDbContext db, IndexingTaskWriter indexing, IAuditTrail audit)
{
    /// <summary>"new" is a path segment of the authoring pages, so no article may take it as its id.</summary>
    public const string ReservedId = "new";

    /// <summary>The articles within <paramref name="scope"/> (national ones and those of the regions it includes), as the list shows them.</summary>
    public async Task<List<ArticleListItem>> ListAsync(RegionScope scope, CancellationToken cancellationToken)
    {
        var (national, allRegions, regions) = (scope.National, scope.AllRegions, scope.Regions.ToList());
        // Only the draft and the live version matter for the list; bodies are left in the database.
        var rows = await db.Set<GuidanceArticleVersion>().AsNoTracking()
            .Where(v => v.IsPublished || v.PublishedAt == null)
            .Join(
                db.Set<GuidanceArticle>().Where(a => (a.RegionId == null && national) || (a.RegionId != null && (allRegions || regions.Contains(a.RegionId)))),
                v => v.ArticleId,
                a => a.Id,
                (v, a) => new { a.Id, a.RegionId, v.IsPublished, v.Title, v.TopicId, v.ReviewedOn })
            .ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => r.Id).Select(g =>
        {
            var draft = g.FirstOrDefault(r => !r.IsPublished);
            var live = g.FirstOrDefault(r => r.IsPublished);
            var latest = draft ?? live!;
            var state = live is null ? ArticleState.Draft : draft is null ? ArticleState.Published : ArticleState.Changed;
            return new ArticleListItem(g.Key, latest.RegionId, latest.Title, latest.TopicId, state, latest.ReviewedOn);
        })];
    }

    public Task<GuidanceArticle?> LoadAsync(string articleId, CancellationToken cancellationToken) =>
        db.Set<GuidanceArticle>().Include(a => a.Versions).FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken);

    public Task<List<Topic>> TopicsAsync(CancellationToken cancellationToken) =>
        db.Set<Topic>().AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Id).ToListAsync(cancellationToken);

    public async Task<bool> IsTakenAsync(string articleId, CancellationToken cancellationToken) =>
        articleId == ReservedId || await db.Set<GuidanceArticle>().AnyAsync(a => a.Id == articleId, cancellationToken);

    /// <summary>Creates the article with its first draft; the id is the one given, else one made from the Finnish title.</summary>
    public async Task<string> CreateAsync(string? articleId, string? regionId, ArticleDraft text, ContentAuthor author, CancellationToken cancellationToken)
    {
        if (articleId is null)
        {
            var taken = (await db.Set<GuidanceArticle>().Select(a => a.Id).ToListAsync(cancellationToken)).Append(ReservedId).ToHashSet(StringComparer.Ordinal);
            articleId = IdSlug.Unique(text.Title.GetValueOrDefault(SiteCultures.Default) ?? text.Title.ToString(), taken, fallback: "article");
        }

        var article = new GuidanceArticle { Id = articleId, RegionId = regionId, CreatedAt = DateTimeOffset.UtcNow };
        db.Add(article);
        WriteDraft(article, text, author);
        await db.SaveChangesAsync(cancellationToken);
        return article.Id;
    }

    public Task SaveDraftAsync(GuidanceArticle article, ArticleDraft text, ContentAuthor author, CancellationToken cancellationToken)
    {
        WriteDraft(article, text, author);
        return db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Publishes the draft and writes its indexing task in one transaction; false when there is no draft.</summary>
    public async Task<bool> PublishAsync(GuidanceArticle article, ContentAuthor author, CancellationToken cancellationToken)
    {
        if (!VersionWorkflow.Publish(article.Versions, author, DateTimeOffset.UtcNow))
        {
            return false;
        }

        Record(AuditKinds.ContentPublished, article, VersionWorkflow.Published(article.Versions));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await indexing.WriteAsync([article.Id], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Drops the draft when a live version exists to fall back to; false otherwise. The index shows the live version already.</summary>
    public async Task<bool> DiscardDraftAsync(GuidanceArticle article, CancellationToken cancellationToken)
    {
        var draft = VersionWorkflow.Draft(article.Versions);
        if (draft is null || VersionWorkflow.Published(article.Versions) is null)
        {
            return false;
        }

        article.Versions.Remove(draft);
        db.Remove(draft);
        Record(AuditKinds.ContentDiscarded, article, draft);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Makes an earlier version's text and placing the draft (publishing it is a separate, explicit step).</summary>
    public async Task<bool> RestoreAsync(GuidanceArticle article, int number, ContentAuthor author, CancellationToken cancellationToken)
    {
        var source = article.Versions.FirstOrDefault(v => v.Number == number);
        if (source is null)
        {
            return false;
        }

        if (!source.IsDraft)
        {
            WriteDraft(article, new ArticleDraft(source.Title, source.Body, source.TopicId, source.Audience, source.Tags), author);

            // The old text comes back with the day it was checked, not with a later check of other text.
            var draft = VersionWorkflow.Draft(article.Versions)!;
            draft.ReviewedOn = source.ReviewedOn;
            Record(AuditKinds.ContentRestored, article, draft, $"from version {number}");
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }

    /// <summary>Deletes the article with its versions and writes its indexing task (out of the index), in one transaction.</summary>
    public async Task DeleteAsync(GuidanceArticle article, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Remove(article);
        Record(AuditKinds.ContentDeleted, article, VersionWorkflow.Latest(article.Versions));
        await db.SaveChangesAsync(cancellationToken);
        await indexing.WriteAsync([article.Id], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Adds the event (the article's Finnish title and region) to this unit of work: the next SaveChanges writes it with the change.</summary>
    private void Record(string kind, GuidanceArticle article, GuidanceArticleVersion? version, string? details = null)
    {
        var title = VersionWorkflow.Latest(article.Versions)?.Title ?? version?.Title;
        audit.Record(new AuditRecord(kind, AuditItemTypes.GuidanceArticle, article.Id, title is null ? article.Id : AuditTitle.Of(title), article.RegionId, details)
        {
            VersionNumber = version?.Number,
        });
    }

    private static void WriteDraft(GuidanceArticle article, ArticleDraft text, ContentAuthor author)
    {
        var now = DateTimeOffset.UtcNow;
        var draft = VersionWorkflow.EnsureDraft(article.Versions, source => GuidanceArticleVersion.CopyOf(article.Id, source), author, now);
        var (oldTitle, oldBody) = (draft.Title, draft.Body);
        draft.Title = text.Title;
        draft.Body = text.Body;
        draft.TopicId = text.TopicId;
        draft.Audience = text.Audience;
        draft.Tags = [.. text.Tags];
        draft.ReviewedOn = text.ReviewedOn ?? draft.ReviewedOn;
        VersionWorkflow.TrackTextChanges(draft.TextUpdatedAt, now, (oldTitle, text.Title), (oldBody, text.Body));
        draft.UpdatedAt = now;
        draft.SetAuthor(author);
    }
}
