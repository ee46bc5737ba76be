using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Reporting;

namespace TrainingSite.Reports.Services;

/// <summary>
/// The course reports' numbers, counted in SQL over the learners a caller may see (<see cref="Learners.LearnerQueries.IdsIn"/>): a few
/// grouped queries per course, never a learner's rows loaded to be counted here. Completion follows
/// <c>CourseProgressInfo.Complete</c>: every published lesson read and, with a quiz, a passed submitted attempt.
/// </summary>
public sealed class CourseReports(ILearningFacts learning, IQuizFacts quizzes, IQuizQuestionFacts questions)
{
    /// <summary>The published courses whose report the scope may open (its regions' and the national part's), with their numbers.</summary>
    public async Task<IReadOnlyList<CourseSummary>> ListAsync(RegionScope scope, IQueryable<string> learners, CancellationToken cancellationToken)
    {
        var courses = (await learning.PublishedCoursesAsync(cancellationToken)).Where(c => c.IsNational || scope.Includes(c.RegionId)).ToList();
        var ids = courses.Select(c => c.Id).ToList();
        var started = await learning.LessonProgress()
            .Where(p => ids.Contains(p.CourseId) && learners.Contains(p.UserId))
            .GroupBy(p => p.CourseId)
            .Select(g => new { CourseId = g.Key, Learners = g.Select(p => p.UserId).Distinct().Count() })
            .ToDictionaryAsync(g => g.CourseId, g => g.Learners, cancellationToken);
        var summaries = new List<CourseSummary>(courses.Count);
        foreach (var course in courses)
        {
            summaries.Add(new CourseSummary(course, started.GetValueOrDefault(course.Id), await CompletedAsync(course, learners, cancellationToken)));
        }

        return summaries;
    }

    /// <summary>The published course's report; null when no published course has the id.</summary>
    public async Task<CourseReport?> ForAsync(string courseId, IQueryable<string> learners, CancellationToken cancellationToken)
    {
        if ((await learning.PublishedCoursesAsync(cancellationToken)).FirstOrDefault(c => c.Id == courseId) is not { } course)
        {
            return null;
        }

        var progress = learning.LessonProgress().Where(p => p.CourseId == course.Id && learners.Contains(p.UserId));
        var perLesson = await progress
            .GroupBy(p => p.LessonId)
            .Select(g => new { LessonId = g.Key, Opened = g.Count(), Read = g.Count(p => p.ReadAt != null) })
            .ToDictionaryAsync(g => g.LessonId, cancellationToken);
        var started = await progress.Select(p => p.UserId).Distinct().CountAsync(cancellationToken);
        var stopped = await StoppedAtAsync(course, progress, cancellationToken);
        var lessons = course.Lessons.Select((lesson, index) => new LessonReportRow(
            index + 1,
            lesson,
            perLesson.GetValueOrDefault(lesson.Id)?.Opened ?? 0,
            perLesson.GetValueOrDefault(lesson.Id)?.Read ?? 0,
            stopped.GetValueOrDefault(index + 1))).ToList();
        var quiz = course.HasQuiz ? await QuizAsync(course, learners, cancellationToken) : null;
        var stoppedBeforeReading = started - lessons.Sum(l => l.StoppedHere);
        return new CourseReport(course, started, await CompletedAsync(course, learners, cancellationToken), stoppedBeforeReading, lessons, quiz);
    }

    private async Task<int> CompletedAsync(ReportedCourse course, IQueryable<string> learners, CancellationToken cancellationToken)
    {
        if (course.Lessons.Count == 0)
        {
            return 0;
        }

        // The progress key is (learner, lesson), so a learner's count of read published lessons is their number read.
        var lessonIds = course.Lessons.Select(l => l.Id).ToList();
        var lessonCount = lessonIds.Count;
        var completed = learning.LessonProgress()
            .Where(p => p.CourseId == course.Id && p.ReadAt != null && lessonIds.Contains(p.LessonId) && learners.Contains(p.UserId))
            .GroupBy(p => p.UserId)
            .Where(g => g.Count() == lessonCount)
            .Select(g => g.Key);
        if (course.HasQuiz)
        {
            var passed = quizzes.SubmittedAttempts().Where(a => a.CourseId == course.Id && a.Passed).Select(a => a.UserId);
            completed = completed.Where(userId => passed.Contains(userId));
        }

        return await completed.CountAsync(cancellationToken);
    }

    /// <summary>How many learners' furthest read lesson is each position (1 = the first published lesson), in SQL.</summary>
    private static async Task<Dictionary<int, int>> StoppedAtAsync(ReportedCourse course, IQueryable<LessonProgressFact> progress, CancellationToken cancellationToken)
    {
        var furthest = progress.Where(p => p.ReadAt != null).Select(PositionOf(course.Lessons))
            .Where(r => r.Position > 0)
            .GroupBy(r => r.UserId)
            .Select(g => g.Max(r => r.Position));
        return await furthest.GroupBy(position => position)
            .Select(g => new { Position = g.Key, Learners = g.Count() })
            .ToDictionaryAsync(g => g.Position, g => g.Learners, cancellationToken);
    }

    /// <summary>
    /// A progress row's lesson as its position among the published lessons (0: a lesson no longer published), built as
    /// one CASE expression so the database ranks the rows: the facts carry lesson ids, and the order is the catalogue's.
    /// </summary>
    private static Expression<Func<LessonProgressFact, LessonPosition>> PositionOf(IReadOnlyList<ReportedLesson> lessons)
    {
        var row = Expression.Parameter(typeof(LessonProgressFact), "p");
        var lessonId = Expression.Property(row, nameof(LessonProgressFact.LessonId));
        Expression position = Expression.Constant(0);
        for (var index = lessons.Count - 1; index >= 0; index--)
        {
            position = Expression.Condition(Expression.Equal(lessonId, Expression.Constant(lessons[index].Id)), Expression.Constant(index + 1), position);
        }

        var body = Expression.MemberInit(
            Expression.New(typeof(LessonPosition)),
            Expression.Bind(typeof(LessonPosition).GetProperty(nameof(LessonPosition.UserId))!, Expression.Property(row, nameof(LessonProgressFact.UserId))),
            Expression.Bind(typeof(LessonPosition).GetProperty(nameof(LessonPosition.Position))!, position));
        return Expression.Lambda<Func<LessonProgressFact, LessonPosition>>(body, row);
    }

    private async Task<QuizReport> QuizAsync(ReportedCourse course, IQueryable<string> learners, CancellationToken cancellationToken)
    {
        var attempts = quizzes.SubmittedAttempts().Where(a => a.CourseId == course.Id && learners.Contains(a.UserId));
        var total = await attempts.CountAsync(cancellationToken);
        var passed = await attempts.CountAsync(a => a.Passed, cancellationToken);
        var learnersAttempted = await attempts.Select(a => a.UserId).Distinct().CountAsync(cancellationToken);
        var learnersPassed = await attempts.Where(a => a.Passed).Select(a => a.UserId).Distinct().CountAsync(cancellationToken);
        var buckets = await attempts
            .GroupBy(a => a.ScorePercent >= 100 ? 9 : a.ScorePercent / 10)
            .Select(g => new { Bucket = g.Key, Attempts = g.Count() })
            .ToDictionaryAsync(g => g.Bucket, g => g.Attempts, cancellationToken);
        var distribution = Enumerable.Range(0, 10).Select(b => new ScoreBucket(b * 10, b == 9 ? 100 : (b * 10) + 9, buckets.GetValueOrDefault(b))).ToList();
        var perQuestion = await questions.QuestionsAsync(course.Id, learners, cancellationToken) ?? [];
        return new QuizReport(total, passed, learnersAttempted, learnersPassed, distribution, perQuestion);
    }

    /// <summary>A progress row ranked by <see cref="PositionOf"/>; settable members so EF Core composes over it.</summary>
    private sealed class LessonPosition
    {
        public string UserId { get; set; } = string.Empty;

        public int Position { get; set; }
    }
}
