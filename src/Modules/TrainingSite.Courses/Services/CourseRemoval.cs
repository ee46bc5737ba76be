using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Core.Content;
using TrainingSite.Courses.Models;
using TrainingSite.Data;

namespace TrainingSite.Courses.Services;

/// <summary>
/// Taking courses and lessons out of use. Content that holds no learner's data is deleted. Content that does
/// (progress in its lessons, attempts at the course's quiz) is archived instead: hidden from learners (the catalogue
/// leaves it out), every learner's data kept, and restorable to the published or draft state it had, since archiving
/// touches no version. Only a purge deletes it with that data, which the pages allow administrators alone
/// (<see cref="CoursesPermissions.Purge"/>), and only while the number of learners is still the one they confirmed.
/// Certificates already issued stay as they are: they keep their own copy of the courses they certify.
/// Callers authorize the item first; every change is one transaction with its audit event.
/// </summary>
public sealed class CourseRemoval(TrainingDbContext db, PublishedContentCache cache, IEnumerable<ICourseDeletionListener> listeners, IAuditTrail audit)
{
    /// <summary>How many learners' data the course holds: progress in any of its lessons, and what other modules keep for it.</summary>
    public async Task<int> LearnersAsync(Course course, CancellationToken cancellationToken)
    {
        var lessonIds = course.Lessons.Select(l => l.Id).ToList();
        var learners = (await db.Set<LessonProgress>().AsNoTracking()
            .Where(p => lessonIds.Contains(p.LessonId))
            .Select(p => p.UserId).Distinct()
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        foreach (var listener in listeners)
        {
            learners.UnionWith(await listener.LearnersAsync(course.Id, cancellationToken));
        }

        return learners.Count;
    }

    /// <summary>How many learners have progress in the lesson.</summary>
    public Task<int> LearnersAsync(Lesson lesson, CancellationToken cancellationToken) =>
        db.Set<LessonProgress>().AsNoTracking().Where(p => p.LessonId == lesson.Id).Select(p => p.UserId).Distinct().CountAsync(cancellationToken);

    /// <summary>
    /// Deletes the course with its lessons, versions, progress and what other modules keep for it (its quiz and the
    /// attempts), in one transaction, when the learners whose data it holds still number <paramref name="confirmedLearners"/>:
    /// 0 for a plain delete, the count an administrator confirmed for a purge. Returns the number found.
    /// </summary>
    public async Task<(bool Deleted, int Learners)> DeleteAsync(Course course, int confirmedLearners, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var learners = await LearnersAsync(course, cancellationToken);
        if (learners != confirmedLearners)
        {
            return (false, learners);
        }

        foreach (var listener in listeners)
        {
            await listener.CourseDeletingAsync(course.Id, cancellationToken);
        }

        db.Remove(course);
        var details = Details(course.Lessons.Count > 0 ? $"with lessons: {course.Lessons.Count}" : null, learners);
        Record(learners == 0 ? AuditKinds.ContentDeleted : AuditKinds.ContentPurged, CourseAuthoring.CourseItem(course), VersionWorkflow.Latest(course.Versions), details);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        cache.Invalidate();
        return (true, learners);
    }

    /// <summary>Deletes the lesson with its versions and progress when its learners still number <paramref name="confirmedLearners"/> (see the course's).</summary>
    public async Task<(bool Deleted, int Learners)> DeleteAsync(Course course, Lesson lesson, int confirmedLearners, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var learners = await LearnersAsync(lesson, cancellationToken);
        if (learners != confirmedLearners)
        {
            return (false, learners);
        }

        var item = CourseAuthoring.LessonItem(course, lesson);
        course.Lessons.Remove(lesson);
        db.Remove(lesson);
        Record(learners == 0 ? AuditKinds.ContentDeleted : AuditKinds.ContentPurged, item, VersionWorkflow.Latest(lesson.Versions), Details(null, learners));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        cache.Invalidate();
        return (true, learners);
    }

    /// <summary>Hides the course from learners, keeping its versions and every learner's data; false when it is archived already.</summary>
    public async Task<bool> ArchiveAsync(Course course, CancellationToken cancellationToken)
    {
        if (course.ArchivedAt is not null)
        {
            return false;
        }

        var learners = await LearnersAsync(course, cancellationToken);
        course.ArchivedAt = DateTimeOffset.UtcNow;
        return await SaveAsync(AuditKinds.ContentArchived, CourseAuthoring.CourseItem(course), course.Versions, Details(null, learners), cancellationToken);
    }

    /// <summary>Hides the lesson from learners, keeping its versions and progress; false when it is archived already.</summary>
    public async Task<bool> ArchiveAsync(Course course, Lesson lesson, CancellationToken cancellationToken)
    {
        if (lesson.ArchivedAt is not null)
        {
            return false;
        }

        var learners = await LearnersAsync(lesson, cancellationToken);
        lesson.ArchivedAt = DateTimeOffset.UtcNow;
        return await SaveAsync(AuditKinds.ContentArchived, CourseAuthoring.LessonItem(course, lesson), lesson.Versions, Details(null, learners), cancellationToken);
    }

    /// <summary>Brings the archived course back to learners in the state its versions are in; false when it is not archived.</summary>
    public async Task<bool> UnarchiveAsync(Course course, CancellationToken cancellationToken)
    {
        if (course.ArchivedAt is null)
        {
            return false;
        }

        course.ArchivedAt = null;
        return await SaveAsync(AuditKinds.ContentUnarchived, CourseAuthoring.CourseItem(course), course.Versions, null, cancellationToken);
    }

    /// <summary>Brings the archived lesson back to learners; false when it is not archived.</summary>
    public async Task<bool> UnarchiveAsync(Course course, Lesson lesson, CancellationToken cancellationToken)
    {
        if (lesson.ArchivedAt is null)
        {
            return false;
        }

        lesson.ArchivedAt = null;
        return await SaveAsync(AuditKinds.ContentUnarchived, CourseAuthoring.LessonItem(course, lesson), lesson.Versions, null, cancellationToken);
    }

    /// <summary>"with lessons: 2; learners: 3": what a deletion event says (learners only when there were any).</summary>
    private static string? Details(string? first, int learners)
    {
        var count = learners > 0 ? string.Create(CultureInfo.InvariantCulture, $"learners: {learners}") : null;
        return first is null ? count : count is null ? first : $"{first}; {count}";
    }

    private void Record(string kind, AuditedItem item, ContentVersion? version, string? details) =>
        audit.Record(CourseAuthoring.AuditRecordOf(kind, item, version, details));

    /// <summary>Saves the change with its event (one SaveChanges, one transaction), then tells the learners' cache.</summary>
    private async Task<bool> SaveAsync<TVersion>(string kind, AuditedItem item, List<TVersion> versions, string? details, CancellationToken cancellationToken)
        where TVersion : ContentVersion
    {
        Record(kind, item, VersionWorkflow.Latest(versions), details);
        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        return true;
    }
}
