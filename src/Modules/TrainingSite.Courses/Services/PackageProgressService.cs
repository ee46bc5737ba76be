using TrainingSite.Abstractions.Courses;
using TrainingSite.Courses.Models;

namespace TrainingSite.Courses.Services;

/// <summary>
/// A learner's progress through the package, from the catalogue, their progress rows and quiz states. Completion
/// follows <see cref="CourseCompletion"/>: a lesson published after the learner completed a course is new to them,
/// not required, so publishing never takes a completion away.
/// </summary>
public sealed class PackageProgressService(CourseCatalog catalog, LearnerProgress progress, ICourseQuizStatus quizzes) : ICourseProgress
{
    public async Task<PackageProgress> ForLearnerAsync(string userId, string? homeRegionId, CancellationToken cancellationToken)
    {
        var courses = await catalog.PublishedAsync(cancellationToken);
        var rows = await progress.ForLearnerAsync(userId, cancellationToken);
        return await ForLearnerAsync(userId, homeRegionId, courses, rows, cancellationToken);
    }

    /// <summary>The same, from a catalogue and progress rows the caller has already read.</summary>
    public async Task<PackageProgress> ForLearnerAsync(
        string userId, string? homeRegionId, IReadOnlyList<CourseOutline> courses, IReadOnlyList<LessonProgress> rows, CancellationToken cancellationToken)
    {
        var mine = courses.Where(c => c.RegionId is null || c.RegionId == homeRegionId).ToList();
        var quizStates = await quizzes.ForLearnerAsync(userId, [.. mine.Select(c => c.Id)], cancellationToken);
        var readAt = rows.Where(r => r.ReadAt is not null).ToDictionary(r => r.LessonId, r => r.ReadAt!.Value, StringComparer.Ordinal);
        CourseProgressInfo Info(CourseOutline course) => Progress(course, readAt, quizStates.GetValueOrDefault(course.Id), quizStates.ContainsKey(course.Id) || course.HasQuiz);
        return new PackageProgress(
            [.. mine.Where(c => c.IsNational).Select(Info)],
            homeRegionId,
            [.. mine.Where(c => !c.IsNational).Select(Info)]);
    }

    public static CourseProgressInfo Progress(CourseOutline course, IReadOnlyDictionary<string, DateTimeOffset> readAt, QuizStatus? quiz, bool hasQuiz)
    {
        var completion = CourseCompletion.Judge([.. course.Lessons.Select(l => (l.Id, l.FirstPublishedAt))], readAt, hasQuiz, quiz?.FirstPassedAt);
        return new CourseProgressInfo(course.Id, course.Title, course.Lessons.Count, course.Lessons.Count(l => readAt.ContainsKey(l.Id)), quiz, hasQuiz)
        {
            NewLessonIds = completion.NewLessonIds,
        };
    }
}
