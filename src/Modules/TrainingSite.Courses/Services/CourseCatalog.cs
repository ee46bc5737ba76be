using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Courses.Models;
using TrainingSite.Data;

namespace TrainingSite.Courses.Services;

/// <summary>
/// What learners see: published courses and lessons only, never archived ones (an archived course or lesson is
/// absent here, so its pages answer 404 to learners and it counts towards no one's progress, completion or report).
/// Each read is one or two projected queries, never a query per course or lesson.
/// </summary>
public sealed class CourseCatalog(TrainingDbContext db, PublishedContentCache cache, ICourseQuizStatus quizzes)
{
    public Task<IReadOnlyList<CourseOutline>> PublishedAsync(CancellationToken cancellationToken) =>
        cache.CatalogAsync(() => LoadAllAsync(cancellationToken));

    public Task<CourseOutline?> PublishedAsync(string courseId, CancellationToken cancellationToken) =>
        cache.CourseAsync(courseId, () => LoadOneAsync(courseId, cancellationToken));

    /// <summary>The live version of a lesson (its text), read by its immutable version id.</summary>
    public Task<LessonVersion?> LessonVersionAsync(int versionId, CancellationToken cancellationToken) =>
        cache.LessonVersionAsync(versionId, () => db.Set<LessonVersion>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == versionId && v.IsPublished, cancellationToken));

    private async Task<IReadOnlyList<CourseOutline>> LoadAllAsync(CancellationToken cancellationToken)
    {
        var courses = await PublishedCourses(courseId: null).ToListAsync(cancellationToken);
        var lessons = await PublishedLessons(courseId: null).ToListAsync(cancellationToken);
        return Assemble(courses, lessons, await WithQuizAsync(cancellationToken), await FirstPublishedAsync(courseId: null, cancellationToken));
    }

    private async Task<CourseOutline?> LoadOneAsync(string courseId, CancellationToken cancellationToken)
    {
        var courses = await PublishedCourses(courseId).ToListAsync(cancellationToken);
        if (courses.Count == 0)
        {
            return null;
        }

        var lessons = await PublishedLessons(courseId).ToListAsync(cancellationToken);
        return Assemble(courses, lessons, await WithQuizAsync(cancellationToken), await FirstPublishedAsync(courseId, cancellationToken))[0];
    }

    /// <summary>Published courses, all or one; filtered before the projection so the filter is SQL.</summary>
    private IQueryable<CourseRow> PublishedCourses(string? courseId) =>
        from course in db.Set<Course>().AsNoTracking()
        join version in db.Set<CourseVersion>() on course.Id equals version.CourseId
        where version.IsPublished && course.ArchivedAt == null && (courseId == null || course.Id == courseId)
        select new CourseRow(course.Id, course.RegionId, course.SortOrder, version.Title, version.Summary);

    private IQueryable<LessonRow> PublishedLessons(string? courseId) =>
        from lesson in db.Set<Lesson>().AsNoTracking()
        join version in db.Set<LessonVersion>() on lesson.Id equals version.LessonId
        where version.IsPublished && lesson.ArchivedAt == null && (courseId == null || lesson.CourseId == courseId)
        select new LessonRow(lesson.CourseId, new LessonOutline(lesson.Id, lesson.SortOrder, version.Title, version.Minutes, version.Id, version.PublishedAt));

    /// <summary>
    /// When each lesson was first published: the earliest publication of any of its versions (every version ever
    /// published keeps its time). Read as rows and reduced here, as SQLite cannot compare DateTimeOffset in SQL.
    /// </summary>
    private async Task<Dictionary<string, DateTimeOffset>> FirstPublishedAsync(string? courseId, CancellationToken cancellationToken)
    {
        var rows = await (from lesson in db.Set<Lesson>().AsNoTracking()
                          join version in db.Set<LessonVersion>() on lesson.Id equals version.LessonId
                          where version.PublishedAt != null && (courseId == null || lesson.CourseId == courseId)
                          select new { version.LessonId, version.PublishedAt }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.LessonId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(r => r.PublishedAt!.Value), StringComparer.Ordinal);
    }

    private Task<IReadOnlySet<string>> WithQuizAsync(CancellationToken cancellationToken) => quizzes.CoursesWithQuizAsync(cancellationToken);

    private static List<CourseOutline> Assemble(List<CourseRow> courses, List<LessonRow> lessons, IReadOnlySet<string> withQuiz, Dictionary<string, DateTimeOffset> firstPublished)
    {
        var byCourse = lessons.ToLookup(
            l => l.CourseId,
            l => firstPublished.TryGetValue(l.Lesson.Id, out var first) ? l.Lesson with { FirstPublishedAt = first } : l.Lesson);
        return [.. courses
            .OrderBy(c => c.RegionId is not null).ThenBy(c => c.RegionId, StringComparer.Ordinal).ThenBy(c => c.Order).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => new CourseOutline(c.Id, c.RegionId, c.Order, c.Title, c.Summary, withQuiz.Contains(c.Id),
                [.. byCourse[c.Id].OrderBy(l => l.Order).ThenBy(l => l.Id, StringComparer.Ordinal)]))];
    }

    private sealed record CourseRow(string Id, string? RegionId, int Order, Abstractions.Localization.LocalizedText Title, Abstractions.Localization.LocalizedText Summary);

    private sealed record LessonRow(string CourseId, LessonOutline Lesson);
}
