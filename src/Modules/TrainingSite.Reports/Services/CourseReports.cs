using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Reporting;
using TrainingSite.Reports.Services.Facts;
using TrainingSite.Reports.Services.Learners;

namespace TrainingSite.Reports.Services;

/// <summary>
/// The course reports' numbers over the learners a caller may see (<see cref="LearnerQueries.IdsIn"/>, read from SQL
/// each time), counted from the shared <see cref="ReportFacts"/>. Completion follows the learner's pages
/// (<see cref="LearnerSummary.Complete"/>, by <c>CourseCompletion</c>): every published lesson read and, with a quiz, a
/// passed submitted attempt; a lesson first published after the learner completed the course is not required of them.
/// </summary>
public sealed class CourseReports(ReportFactsSource source, IQuizQuestionFacts questions)
{
    /// <summary>The published courses whose report the scope may open (its regions' and the national part's), with their numbers.</summary>
    public async Task<IReadOnlyList<CourseSummary>> ListAsync(RegionScope scope, IQueryable<string> learners, CancellationToken cancellationToken)
    {
        var facts = await source.LoadAsync(cancellationToken);
        var taking = await TakingAsync(facts, learners, cancellationToken);
        return [.. facts.Courses
            .Where(c => c.IsNational || scope.Includes(c.RegionId))
            .Select(course =>
            {
                var progress = taking.Select(l => l.Courses.GetValueOrDefault(course.Id)).OfType<CourseFacts>().ToList();
                return new CourseSummary(course, progress.Count(c => c.Lessons.Count > 0), progress.Count(c => LearnerSummary.Complete(c, course)));
            })];
    }

    /// <summary>The published course's report; null when no published course has the id.</summary>
    public async Task<CourseReport?> ForAsync(string courseId, IQueryable<string> learners, CancellationToken cancellationToken)
    {
        var facts = await source.LoadAsync(cancellationToken);
        if (!facts.CoursesById.TryGetValue(courseId, out var course))
        {
            return null;
        }

        var progress = (await TakingAsync(facts, learners, cancellationToken))
            .Select(l => l.Courses.GetValueOrDefault(course.Id))
            .OfType<CourseFacts>()
            .ToList();
        var positions = course.Lessons.Select((lesson, index) => (lesson.Id, Position: index + 1)).ToDictionary(l => l.Id, l => l.Position, StringComparer.Ordinal);
        var opened = new Dictionary<string, int>(StringComparer.Ordinal);
        var read = new Dictionary<string, int>(StringComparer.Ordinal);
        var stoppedAt = new Dictionary<int, int>();
        foreach (var learner in progress)
        {
            var furthest = 0;
            foreach (var (lessonId, isRead) in learner.Lessons)
            {
                opened[lessonId] = opened.GetValueOrDefault(lessonId) + 1;
                if (isRead)
                {
                    read[lessonId] = read.GetValueOrDefault(lessonId) + 1;
                    furthest = Math.Max(furthest, positions.GetValueOrDefault(lessonId));
                }
            }

            if (furthest > 0)
            {
                stoppedAt[furthest] = stoppedAt.GetValueOrDefault(furthest) + 1;
            }
        }

        var lessons = course.Lessons.Select((lesson, index) => new LessonReportRow(
            index + 1, lesson, opened.GetValueOrDefault(lesson.Id), read.GetValueOrDefault(lesson.Id), stoppedAt.GetValueOrDefault(index + 1))).ToList();
        var started = progress.Count(c => c.Lessons.Count > 0);
        var quiz = course.HasQuiz ? await QuizAsync(course, progress, learners, cancellationToken) : null;
        return new CourseReport(course, started, progress.Count(c => LearnerSummary.Complete(c, course)), started - lessons.Sum(l => l.StoppedHere), lessons, quiz);
    }

    /// <summary>The facts of the learners in scope: their ids from SQL (scope and role, current), their facts from memory.</summary>
    private static async Task<IReadOnlyList<LearnerFacts>> TakingAsync(ReportFacts facts, IQueryable<string> learners, CancellationToken cancellationToken) =>
        [.. (await learners.ToListAsync(cancellationToken)).Select(facts.Of)];

    private async Task<QuizReport> QuizAsync(ReportedCourse course, IReadOnlyList<CourseFacts> progress, IQueryable<string> learners, CancellationToken cancellationToken)
    {
        var attempts = progress.SelectMany(c => c.Attempts).ToList();
        var buckets = attempts.GroupBy(a => Bucket(a.Score)).ToDictionary(g => g.Key, g => g.Count());
        var distribution = Enumerable.Range(0, 10).Select(b => new ScoreBucket(b * 10, b == 9 ? 100 : (b * 10) + 9, buckets.GetValueOrDefault(b))).ToList();
        var perQuestion = await questions.QuestionsAsync(course.Id, learners, cancellationToken) ?? [];
        return new QuizReport(
            attempts.Count,
            attempts.Count(a => a.Passed),
            progress.Count(c => c.Attempts.Count > 0),
            progress.Count(c => c.Passed),
            distribution,
            perQuestion);
    }

    /// <summary>Tenths of the score scale; 100 % joins 90-99 so the last bar reads 90-100.</summary>
    private static int Bucket(int score) => score >= 100 ? 9 : score / 10;
}
