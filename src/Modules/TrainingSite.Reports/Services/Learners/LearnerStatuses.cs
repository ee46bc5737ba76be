using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Reporting;
using TrainingSite.Data;

namespace TrainingSite.Reports.Services.Learners;

/// <summary>
/// The learners a caller may see, with their progress and status, computed from the reporting facts by a handful of
/// aggregate queries (per learner and course, in SQL) and the small list of published courses in memory. Without a
/// status filter the page is cut in SQL and only its learners are aggregated; a status filter needs every selected
/// learner's status, which is one pass over the same aggregates (still no query per learner).
/// </summary>
public sealed class LearnerStatuses(
    TrainingDbContext db, ILearningFacts learning, IQuizFacts quizzes, ICertificateFacts certificates, LearnerQueries queries, TimeProvider time)
{
    /// <summary>Recently active: a lesson opened or read, or a quiz submitted, in this many days before now.</summary>
    public const int ActiveDays = 30;

    /// <summary>Rows per page on the learners page.</summary>
    public const int PageSize = 50;

    public async Task<LearnerPage> PageAsync(RegionScope scope, LearnerFilter filter, int page, CancellationToken cancellationToken)
    {
        var courses = await learning.PublishedCoursesAsync(cancellationToken);
        var learners = queries.Learners(scope, filter);
        page = Math.Max(1, page);
        if (filter.Status is null)
        {
            var total = await learners.CountAsync(cancellationToken);
            page = Math.Min(page, Math.Max(1, (total + PageSize - 1) / PageSize));
            var shown = await LearnerQueries.Ordered(learners).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
            var rows = await RowsAsync(shown, courses, withActivity: true, cancellationToken);
            return new LearnerPage(rows, total, page, PageSize);
        }

        var selected = await AllAsync(scope, filter, withActivity: false, cancellationToken);
        page = Math.Min(page, Math.Max(1, (selected.Count + PageSize - 1) / PageSize));
        var pageRows = selected.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        var activity = new LearnerAggregates();
        await AddActivityAsync(activity, [.. pageRows.Select(r => r.Id)], cancellationToken);
        return new LearnerPage([.. pageRows.Select(r => r with { LastActivity = activity.LastActivityOf(r.Id) })], selected.Count, page, PageSize);
    }

    /// <summary>Every learner the filter selects, in the report's order (the CSV; the reminders).</summary>
    public async Task<IReadOnlyList<LearnerRow>> AllAsync(RegionScope scope, LearnerFilter filter, bool withActivity, CancellationToken cancellationToken)
    {
        var courses = await learning.PublishedCoursesAsync(cancellationToken);
        var learners = await LearnerQueries.Ordered(queries.Learners(scope, filter)).ToListAsync(cancellationToken);
        var rows = await RowsAsync(learners, courses, withActivity, cancellationToken, queries.Learners(scope, filter).Select(u => u.Id));
        return filter.Status is { } status ? [.. rows.Where(r => r.Status == status)] : rows;
    }

    /// <summary>How many learners the filter (without its status) selects in each status: the dashboard's funnel.</summary>
    public async Task<LearnerStatusCounts> CountsAsync(RegionScope scope, LearnerFilter filter, CancellationToken cancellationToken)
    {
        var rows = await AllAsync(scope, filter with { Status = null }, withActivity: false, cancellationToken);
        return new LearnerStatusCounts(rows.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count()));
    }

    /// <summary>One learner's row (the detail page), with the last activity.</summary>
    public async Task<LearnerRow> RowAsync(LearnerIdentity learner, CancellationToken cancellationToken) =>
        (await RowsAsync([learner], await learning.PublishedCoursesAsync(cancellationToken), withActivity: true, cancellationToken))[0];

    private async Task<IReadOnlyList<LearnerRow>> RowsAsync(
        IReadOnlyList<LearnerIdentity> learners, IReadOnlyList<ReportedCourse> courses, bool withActivity, CancellationToken cancellationToken, IQueryable<string>? userIds = null)
    {
        var ids = learners.Select(l => l.Id).ToList();

        // A page's few ids go as a list; every learner of a filter as the filter's own subquery (no huge parameter list).
        userIds ??= db.Users.Where(u => ids.Contains(u.Id)).Select(u => u.Id);
        var facts = new LearnerAggregates();
        var lessonIds = courses.SelectMany(c => c.Lessons).Select(l => l.Id).ToList();
        var activeSince = time.GetUtcNow().AddDays(-ActiveDays);

        var lessons = await learning.LessonProgress()
            .Where(p => userIds.Contains(p.UserId))
            .GroupBy(p => new { p.UserId, p.CourseId })
            .Select(g => new
            {
                g.Key.UserId,
                g.Key.CourseId,
                Opened = g.Count(),
                Read = g.Count(p => p.ReadAt != null && lessonIds.Contains(p.LessonId)),

                // CompareTo is the DateTimeOffset comparison EF Core translates on SQLite too (UTC ISO text there).
                Recent = g.Count(p => p.OpenedAt.CompareTo(activeSince) >= 0 || (p.ReadAt != null && p.ReadAt.Value.CompareTo(activeSince) >= 0)),
            })
            .ToListAsync(cancellationToken);
        lessons.ForEach(l => facts.AddLessons(l.UserId, l.CourseId, l.Opened, l.Read, l.Recent > 0));

        var attempts = await quizzes.SubmittedAttempts()
            .Where(a => userIds.Contains(a.UserId))
            .GroupBy(a => new { a.UserId, a.CourseId })
            .Select(g => new
            {
                g.Key.UserId,
                g.Key.CourseId,
                Best = g.Max(a => a.ScorePercent),
                Passed = g.Max(a => a.Passed ? 1 : 0),
                Recent = g.Count(a => a.SubmittedAt.CompareTo(activeSince) >= 0),
            })
            .ToListAsync(cancellationToken);
        attempts.ForEach(a => facts.AddQuiz(a.UserId, a.CourseId, a.Best, a.Passed == 1, a.Recent > 0));

        var held = await certificates.Certificates()
            .Where(c => userIds.Contains(c.UserId))
            .Select(c => new { c.UserId, c.IssuedAt, Valid = c.RevokedAt == null })
            .ToListAsync(cancellationToken);
        held.ForEach(c => facts.AddCertificate(c.UserId, c.IssuedAt, c.Valid));

        if (withActivity)
        {
            await AddActivityAsync(facts, ids, cancellationToken, userIds);
        }

        var builder = new LearnerRowBuilder(courses, facts);
        return [.. learners.Select(builder.Build)];
    }

    /// <summary>
    /// The latest activity per learner. Read as rows and reduced here: SQLite cannot take MAX of a DateTimeOffset
    /// (stored as text) in SQL, and only the rows shown (or the CSV's) need it.
    /// </summary>
    private async Task AddActivityAsync(LearnerAggregates facts, IReadOnlyList<string> ids, CancellationToken cancellationToken, IQueryable<string>? userIds = null)
    {
        userIds ??= db.Users.Where(u => ids.Contains(u.Id)).Select(u => u.Id);
        await foreach (var p in learning.LessonProgress().Where(p => userIds.Contains(p.UserId)).Select(p => new { p.UserId, p.OpenedAt, p.ReadAt }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            facts.AddActivity(p.UserId, p.ReadAt is { } read && read > p.OpenedAt ? read : p.OpenedAt);
        }

        await foreach (var a in quizzes.SubmittedAttempts().Where(a => userIds.Contains(a.UserId)).Select(a => new { a.UserId, a.SubmittedAt }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            facts.AddActivity(a.UserId, a.SubmittedAt);
        }
    }
}
