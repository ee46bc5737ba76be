using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Notifications;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Core.Content;
using TrainingSite.Courses.Models;
using TrainingSite.Data;

namespace TrainingSite.Courses.Services;

/// <summary>
/// Changes authors make to courses: drafts, publishing, discarding, restoring and ordering (deleting and archiving are
/// <see cref="CourseRemoval"/>'s). Callers authorize the course first (the authoring pages through
/// <see cref="CoursesPermissions.Rules"/>); every method here saves in one SaveChanges (one transaction), together with
/// the audit event of a publish, discard, restore or reorder; a publish also notifies the section's learners in that
/// transaction, unless the course or lesson is archived (learners cannot reach it).
/// </summary>
public sealed class CourseAuthoring(
    TrainingDbContext db, PublishedContentCache cache, IAuditTrail audit, INotifier notifier)
{
    /// <summary>"new" is a path segment of the authoring pages, so no course or lesson may take it as its id.</summary>
    public const string ReservedId = "new";

    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 4000;

    /// <summary>The courses within <paramref name="scope"/> (the national part and the regions it includes).</summary>
    public Task<List<Course>> ListAsync(RegionScope scope, CancellationToken cancellationToken)
    {
        var (national, allRegions, regions) = (scope.National, scope.AllRegions, scope.Regions.ToList());
        return db.Set<Course>().AsNoTracking().AsSplitQuery()
            .Where(c => (c.RegionId == null && national) || (c.RegionId != null && (allRegions || regions.Contains(c.RegionId))))
            .Include(c => c.Versions).Include(c => c.Lessons).ThenInclude(l => l.Versions)
            .OrderBy(c => c.RegionId).ThenBy(c => c.SortOrder).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
    }

    public Task<Course?> LoadAsync(string courseId, CancellationToken cancellationToken) =>
        db.Set<Course>().AsSplitQuery()
            .Include(c => c.Versions).Include(c => c.Lessons).ThenInclude(l => l.Versions)
            .FirstOrDefaultAsync(c => c.Id == courseId, cancellationToken);

    public async Task<string> CreateCourseAsync(string? regionId, LocalizedText title, LocalizedText summary, ContentAuthor author, CancellationToken cancellationToken)
    {
        var taken = (await db.Set<Course>().Select(c => c.Id).ToListAsync(cancellationToken)).Append(ReservedId).ToHashSet();
        var siblings = db.Set<Course>().Where(c => c.RegionId == regionId);
        var course = new Course
        {
            Id = IdSlug.Unique(title.ToString(), taken),
            RegionId = regionId,
            SortOrder = (await siblings.MaxAsync(c => (int?)c.SortOrder, cancellationToken) ?? 0) + 1,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Add(course);
        SaveDraft(course.Versions, source => CourseVersion.CopyOf(course.Id, source), title, summary, author, v => v.Summary = summary);
        await SaveAsync(cancellationToken);
        return course.Id;
    }

    public Task SaveCourseDraftAsync(Course course, LocalizedText title, LocalizedText summary, ContentAuthor author, CancellationToken cancellationToken)
    {
        SaveDraft(course.Versions, source => CourseVersion.CopyOf(course.Id, source), title, summary, author, v => v.Summary = summary);
        return SaveAsync(cancellationToken);
    }

    /// <param name="reviewedOn">The day the author checked the facts ("facts checked" ticked); null keeps the date the lesson had.</param>
    public async Task<string> CreateLessonAsync(Course course, LocalizedText title, LocalizedText body, int minutes, DateOnly? reviewedOn, ContentAuthor author, CancellationToken cancellationToken)
    {
        var taken = (await db.Set<Lesson>().Select(l => l.Id).ToListAsync(cancellationToken)).Append(ReservedId).ToHashSet();
        var lesson = new Lesson
        {
            Id = IdSlug.Unique(title.ToString(), taken),
            CourseId = course.Id,
            SortOrder = course.Lessons.Count == 0 ? 1 : course.Lessons.Max(l => l.SortOrder) + 1,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        course.Lessons.Add(lesson);
        SaveDraft(lesson.Versions, source => LessonVersion.CopyOf(lesson.Id, source), title, body, author, v => { v.Body = body; v.Minutes = minutes; v.ReviewedOn = reviewedOn ?? v.ReviewedOn; });
        await SaveAsync(cancellationToken);
        return lesson.Id;
    }

    /// <param name="reviewedOn">The day the author checked the facts ("facts checked" ticked); null keeps the date the lesson had.</param>
    public Task SaveLessonDraftAsync(Lesson lesson, LocalizedText title, LocalizedText body, int minutes, DateOnly? reviewedOn, ContentAuthor author, CancellationToken cancellationToken)
    {
        SaveDraft(lesson.Versions, source => LessonVersion.CopyOf(lesson.Id, source), title, body, author, v => { v.Body = body; v.Minutes = minutes; v.ReviewedOn = reviewedOn ?? v.ReviewedOn; });
        return SaveAsync(cancellationToken);
    }

    /// <summary>Publishes the course's draft and every lesson draft in it: one click makes the whole course live.</summary>
    public async Task<bool> PublishCourseAsync(Course course, ContentAuthor author, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var wasLive = VersionWorkflow.Published(course.Versions) is not null;
        var changed = VersionWorkflow.Publish(course.Versions, author, now);
        var lessons = 0;
        foreach (var lesson in course.Lessons)
        {
            lessons += VersionWorkflow.Publish(lesson.Versions, author, now) ? 1 : 0;
        }

        if (changed || lessons > 0)
        {
            Record(AuditKinds.ContentPublished, CourseItem(course), VersionWorkflow.Published(course.Versions), lessons > 0 ? $"lessons published: {lessons}" : null);
        }

        // Notifications: new or changed lessons are news to the section's learners (so is a course going live for the
        // first time with lessons published earlier); a retitled course alone is not.
        var news = course.ArchivedAt is null && (lessons > 0 || (!wasLive && course.Lessons.Any(l => l.ArchivedAt is null && VersionWorkflow.Published(l.Versions) is not null)));
        await SaveAndNotifyAsync(
            news ? ct => notifier.NotifyLearnersAsync(course.RegionId, NotificationKinds.CourseUpdated, $"/courses/{course.Id}", VersionWorkflow.Published(course.Versions)!.Title, ct) : null,
            cancellationToken);
        return changed || lessons > 0;
    }

    public async Task<bool> PublishLessonAsync(Course course, Lesson lesson, ContentAuthor author, CancellationToken cancellationToken)
    {
        var wasLive = VersionWorkflow.Published(lesson.Versions) is not null;
        var changed = VersionWorkflow.Publish(lesson.Versions, author, DateTimeOffset.UtcNow);
        if (changed)
        {
            Record(AuditKinds.ContentPublished, LessonItem(course, lesson), VersionWorkflow.Published(lesson.Versions));
        }

        // Notifications: only when learners can reach the lesson (its course is published too, neither archived).
        await SaveAndNotifyAsync(
            changed && VersionWorkflow.Published(course.Versions) is not null && course.ArchivedAt is null && lesson.ArchivedAt is null
                ? ct => notifier.NotifyLearnersAsync(course.RegionId, wasLive ? NotificationKinds.LessonUpdated : NotificationKinds.LessonNew,
                    $"/courses/{course.Id}/lessons/{lesson.Id}", VersionWorkflow.Published(lesson.Versions)!.Title, ct)
                : null,
            cancellationToken);
        return changed;
    }

    /// <summary>Drops the draft when a live version exists to fall back to; false otherwise.</summary>
    public Task<bool> DiscardCourseDraftAsync(Course course, CancellationToken cancellationToken) =>
        DiscardDraftAsync(course.Versions, CourseItem(course), cancellationToken);

    /// <summary>Drops the lesson's draft when a live version exists to fall back to; false otherwise.</summary>
    public Task<bool> DiscardLessonDraftAsync(Course course, Lesson lesson, CancellationToken cancellationToken) =>
        DiscardDraftAsync(lesson.Versions, LessonItem(course, lesson), cancellationToken);

    /// <summary>Makes an earlier version of the course the draft (publishing it is a separate, explicit step).</summary>
    public Task<bool> RestoreCourseAsync(Course course, int number, ContentAuthor author, CancellationToken cancellationToken) =>
        RestoreAsync(course.Versions, CourseItem(course), number, author, source => CourseVersion.CopyOf(course.Id, source), (source, draft) => draft.Summary = source.Summary, cancellationToken);

    /// <summary>Makes an earlier version of the lesson the draft, with the day its facts were checked.</summary>
    public Task<bool> RestoreLessonAsync(Course course, Lesson lesson, int number, ContentAuthor author, CancellationToken cancellationToken) =>
        RestoreAsync(lesson.Versions, LessonItem(course, lesson), number, author, source => LessonVersion.CopyOf(lesson.Id, source),
            (source, draft) => { draft.Body = source.Body; draft.Minutes = source.Minutes; draft.ReviewedOn = source.ReviewedOn; }, cancellationToken);

    private async Task<bool> DiscardDraftAsync<TVersion>(List<TVersion> versions, AuditedItem item, CancellationToken cancellationToken)
        where TVersion : ContentVersion
    {
        var draft = VersionWorkflow.Draft(versions);
        if (draft is null || VersionWorkflow.Published(versions) is null)
        {
            return false;
        }

        versions.Remove(draft);
        db.Remove(draft);
        Record(AuditKinds.ContentDiscarded, item, draft);
        await SaveAsync(cancellationToken);
        return true;
    }

    private async Task<bool> RestoreAsync<TVersion>(List<TVersion> versions, AuditedItem item, int number, ContentAuthor author, Func<TVersion?, TVersion> copyOf, Action<TVersion, TVersion> copy, CancellationToken cancellationToken)
        where TVersion : ContentVersion
    {
        var source = versions.FirstOrDefault(v => v.Number == number);
        if (source is null)
        {
            return false;
        }

        var now = DateTimeOffset.UtcNow;
        var draft = VersionWorkflow.EnsureDraft(versions, copyOf, author, now);
        if (draft != source)
        {
            var (title, text) = (draft.Title, draft.MainText);
            draft.Title = source.Title;
            copy(source, draft);
            VersionWorkflow.TrackTextChanges(draft.TextUpdatedAt, now, (title, draft.Title), (text, draft.MainText));
            draft.UpdatedAt = now;
            draft.SetAuthor(author);
        }

        Record(AuditKinds.ContentRestored, item, draft, $"from version {number}");
        await SaveAsync(cancellationToken);
        return true;
    }

    /// <summary>Swaps a course with its neighbour in the same part of the package.</summary>
    public async Task MoveCourseAsync(Course course, int direction, CancellationToken cancellationToken)
    {
        var siblings = await db.Set<Course>().Where(c => c.RegionId == course.RegionId).OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        if (Swap(siblings, siblings.FindIndex(c => c.Id == course.Id), direction, c => c.SortOrder, (c, order) => c.SortOrder = order))
        {
            Record(AuditKinds.ContentReordered, CourseItem(course), VersionWorkflow.Latest(course.Versions), Direction(direction));
        }

        await SaveAsync(cancellationToken);
    }

    public Task MoveLessonAsync(Course course, Lesson lesson, int direction, CancellationToken cancellationToken)
    {
        var ordered = course.Lessons.OrderBy(l => l.SortOrder).ThenBy(l => l.Id).ToList();
        if (Swap(ordered, ordered.IndexOf(lesson), direction, l => l.SortOrder, (l, order) => l.SortOrder = order))
        {
            Record(AuditKinds.ContentReordered, LessonItem(course, lesson), VersionWorkflow.Latest(lesson.Versions), Direction(direction));
        }

        return SaveAsync(cancellationToken);
    }

    /// <summary>"moved up" or "moved down": what a reorder event says.</summary>
    public static string Direction(int direction) => direction < 0 ? "moved up" : "moved down";

    internal static AuditedItem CourseItem(Course course) =>
        new(AuditItemTypes.Course, course.Id, VersionWorkflow.Latest(course.Versions)?.Title, course.RegionId);

    internal static AuditedItem LessonItem(Course course, Lesson lesson) =>
        new(AuditItemTypes.Lesson, lesson.Id, VersionWorkflow.Latest(lesson.Versions)?.Title, course.RegionId);

    /// <summary>The audit event of <paramref name="kind"/> on the item, at <paramref name="version"/>.</summary>
    internal static AuditRecord AuditRecordOf(string kind, AuditedItem item, ContentVersion? version, string? details = null) =>
        new(kind, item.Type, item.Id, item.Title is null ? item.Id : AuditTitle.Of(item.Title), item.RegionId, details) { VersionNumber = version?.Number };

    /// <summary>Adds the event to this unit of work: the SaveChanges that follows writes it with the change.</summary>
    private void Record(string kind, AuditedItem item, ContentVersion? version, string? details = null) =>
        audit.Record(AuditRecordOf(kind, item, version, details));

    /// <summary>Saves, then tells the learners' cache that what is published may have changed.</summary>
    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
    }

    /// <summary>Saves with the learners' notifications (one INSERT ... SELECT) in one transaction, then tells the cache.</summary>
    private async Task SaveAndNotifyAsync(Func<CancellationToken, Task>? notify, CancellationToken cancellationToken)
    {
        if (notify is null)
        {
            await SaveAsync(cancellationToken);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await notify(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        cache.Invalidate();
    }

    /// <summary>True when the item moved (false at either end of the list, where only the renumbering is saved).</summary>
    private static bool Swap<T>(List<T> items, int index, int direction, Func<T, int> order, Action<T, int> setOrder)
    {
        // Renumber first so equal or gappy orders from recipes still move one step at a time.
        for (var i = 0; i < items.Count; i++)
        {
            setOrder(items[i], i + 1);
        }

        var other = index + Math.Sign(direction);
        if (index < 0 || other < 0 || other >= items.Count)
        {
            return false;
        }

        var (a, b) = (order(items[index]), order(items[other]));
        setOrder(items[index], b);
        setOrder(items[other], a);
        return true;
    }

    private static void SaveDraft<TVersion>(List<TVersion> versions, Func<TVersion?, TVersion> copyOf, LocalizedText title, LocalizedText text, ContentAuthor author, Action<TVersion> write)
        where TVersion : ContentVersion
    {
        var now = DateTimeOffset.UtcNow;
        var draft = VersionWorkflow.EnsureDraft(versions, copyOf, author, now);
        var (oldTitle, oldText) = (draft.Title, draft.MainText);
        draft.Title = title;
        write(draft);
        VersionWorkflow.TrackTextChanges(draft.TextUpdatedAt, now, (oldTitle, title), (oldText, text));
        draft.UpdatedAt = now;
        draft.SetAuthor(author);
    }
}
