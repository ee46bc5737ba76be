using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Directory;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Core.Content;
using TrainingSite.Courses.Services;

namespace TrainingSite.Courses.Areas.Courses.Pages.Courses;

/// <summary>
/// /courses/{courseId}/lessons/{lessonId}: the lesson in the learner's language (or the best fallback, said
/// so), previous and next, "mark as read", the course's outline with done marks and its quiz, and after the last
/// lesson the next step. Opening it records where the learner left off.
/// </summary>
[Authorize]
public sealed class LessonModel(
    CourseCatalog catalog,
    LearnerProgress progress,
    LearnerJourney journey,
    ICourseQuizStatus quizzes,
    PublishedContentCache cache,
    IGlossaryLinker glossary,
    IEnumerable<ILearnerProgressListener> listeners,
    IEnumerable<IServicePointLinkHours> pointHours) : PageModel
{
    public CourseOutline Course { get; private set; } = null!;

    public LessonOutline Lesson { get; private set; } = null!;

    public LocalizedTextValue Title { get; private set; } = null!;

    public LocalizedTextValue Body { get; private set; } = null!;

    public string BodyHtml { get; private set; } = string.Empty;

    public LessonOutline? Previous { get; private set; }

    public LessonOutline? Next { get; private set; }

    public bool IsRead { get; private set; }

    /// <summary>The course's lessons the learner has read, for the outline's done marks.</summary>
    public IReadOnlySet<string> Read { get; private set; } = new HashSet<string>();

    /// <summary>The learner's state in the course's quiz; null without a quiz or before any attempt.</summary>
    public QuizStatus? Quiz { get; private set; }

    /// <summary>On the last lesson: what comes after it (an unread lesson, the quiz, the next course); null when nothing is left.</summary>
    public NextStep? AfterLast { get; private set; }

    /// <summary>On the last lesson with nothing left: whether the whole package is complete (then the certificate is next).</summary>
    public bool PackageComplete { get; private set; }

    public int Position { get; private set; }

    /// <summary>The day the lesson's facts were last checked, shown to readers; null when never checked.</summary>
    public DateOnly? ReviewedOn { get; private set; }

    public async Task<IActionResult> OnGetAsync(string courseId, string lessonId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(courseId, lessonId, cancellationToken))
        {
            return NotFound();
        }

        var learner = LearnerView.Of(User)!;
        var rows = await progress.ForCourseAsync(learner.UserId, courseId, cancellationToken);
        Read = rows.Where(r => r.ReadAt is not null).Select(r => r.LessonId).ToHashSet(StringComparer.Ordinal);
        IsRead = Read.Contains(lessonId);
        await progress.OpenedAsync(learner.UserId, courseId, lessonId, rows, cancellationToken);
        Quiz = await QuizAsync(learner.UserId, cancellationToken);
        if (Next is null)
        {
            var state = await journey.ForAsync(learner, cancellationToken);
            AfterLast = state.AfterLastLesson(Course, lessonId, Quiz);
            PackageComplete = state.Package.Complete;
        }

        return Page();
    }

    /// <summary>Marks the lesson read, then goes to the next lesson; after the last, to the quiz unless passed, else back to the course.</summary>
    public async Task<IActionResult> OnPostReadAsync(string courseId, string lessonId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(courseId, lessonId, cancellationToken))
        {
            return NotFound();
        }

        var userId = LearnerView.Of(User)!.UserId;
        await progress.ReadAsync(userId, courseId, lessonId, cancellationToken);
        await listeners.NotifyAsync(userId, cancellationToken);
        if (Request.Headers.XRequestedWith == "fetch")
        {
            return new NoContentResult();
        }

        if (Next is not null)
        {
            return LocalRedirect($"/courses/{courseId}/lessons/{Next.Id}");
        }

        var quiz = await QuizAsync(userId, cancellationToken);
        return LocalRedirect(Course.HasQuiz && quiz?.Passed != true ? $"/courses/{courseId}/quiz" : $"/courses/{courseId}");
    }

    private async Task<QuizStatus?> QuizAsync(string userId, CancellationToken cancellationToken) =>
        Course.HasQuiz ? (await quizzes.ForLearnerAsync(userId, [Course.Id], cancellationToken)).GetValueOrDefault(Course.Id) : null;

    private async Task<bool> LoadAsync(string courseId, string lessonId, CancellationToken cancellationToken)
    {
        var course = await catalog.PublishedAsync(courseId, cancellationToken);
        var index = course?.Lessons.ToList().FindIndex(l => l.Id == lessonId) ?? -1;
        if (course is null || index < 0 || await catalog.LessonVersionAsync(course.Lessons[index].VersionId, cancellationToken) is not { } version)
        {
            return false;
        }

        Course = course;
        Lesson = course.Lessons[index];
        Position = index + 1;
        Previous = index > 0 ? course.Lessons[index - 1] : null;
        Next = index < course.Lessons.Count - 1 ? course.Lessons[index + 1] : null;
        Title = version.Title.Resolve(SiteCultures.Current);
        Body = version.Body.Resolve(SiteCultures.Current);
        BodyHtml = cache.Html(version.Id, Body.Culture, Body.Text, await glossary.GetIndexAsync(cancellationToken));
        foreach (var hours in pointHours)
        {
            // Today's state of linked service points changes by the minute: added per request, never into the cached HTML.
            BodyHtml = await hours.AddAsync(BodyHtml, Body.Culture, cancellationToken);
        }

        ReviewedOn = version.ReviewedOn;
        return true;
    }
}
