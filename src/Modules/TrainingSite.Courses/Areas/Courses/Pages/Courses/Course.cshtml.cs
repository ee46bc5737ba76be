using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Courses.Models;
using TrainingSite.Courses.Services;

namespace TrainingSite.Courses.Areas.Courses.Pages.Courses;

/// <summary>/courses/{courseId}: summary, lessons in order with done or not, minutes, and the quiz's state.</summary>
public sealed class CourseModel(CourseCatalog catalog, LearnerProgress progress, IRegionDirectory regions, ICourseQuizStatus quizzes, PackageProgressService package) : PageModel
{
    public CourseOutline Course { get; private set; } = null!;

    public RegionInfo? Region { get; private set; }

    public LearnerView? Learner { get; private set; }

    public IReadOnlySet<string> Read { get; private set; } = new HashSet<string>();

    public CourseCard Card { get; private set; } = null!;

    public QuizStatus? Quiz { get; private set; }

    /// <summary>Lessons published after the learner completed the course: marked new, not required of them.</summary>
    public IReadOnlySet<string> New { get; private set; } = new HashSet<string>();

    /// <summary>This course completed the whole package (the last lesson read leads here): the page leads on to the certificate.</summary>
    public bool PackageComplete { get; private set; }

    public async Task<IActionResult> OnGetAsync(string courseId, CancellationToken cancellationToken)
    {
        if (await catalog.PublishedAsync(courseId, cancellationToken) is not { } course)
        {
            return NotFound();
        }

        Course = course;
        Region = (await regions.ListAsync(cancellationToken)).FirstOrDefault(r => r.Id == course.RegionId);
        Learner = LearnerView.Of(User);
        IReadOnlyList<LessonProgress> rows = Learner is null ? [] : await progress.ForCourseAsync(Learner.UserId, courseId, cancellationToken);
        Read = rows.Where(r => r.ReadAt is not null).Select(r => r.LessonId).ToHashSet();
        if (Learner is not null)
        {
            Quiz = (await quizzes.ForLearnerAsync(Learner.UserId, [courseId], cancellationToken)).GetValueOrDefault(courseId);
        }

        // The learner's completion by the one rule (CourseCompletion): lessons published after they completed are new, not required.
        var readAt = rows.Where(r => r.ReadAt is not null).ToDictionary(r => r.LessonId, r => r.ReadAt!.Value, StringComparer.Ordinal);
        Card = CatalogView.Card(course, rows, Learner is null ? null : PackageProgressService.Progress(course, readAt, Quiz, course.HasQuiz));
        New = Card.Progress is { } info ? info.NewLessonIds.ToHashSet(StringComparer.Ordinal) : new HashSet<string>();
        if (Learner is { HomeRegionId: { } home } && Card.Complete)
        {
            PackageComplete = (await package.ForLearnerAsync(Learner.UserId, home, cancellationToken)).Complete;
        }
        return Page();
    }
}
