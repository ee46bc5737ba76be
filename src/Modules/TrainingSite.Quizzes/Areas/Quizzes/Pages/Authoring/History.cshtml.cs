using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Quizzes.Models;
using TrainingSite.Quizzes.Services;

namespace TrainingSite.Quizzes.Areas.Quizzes.Pages.Authoring;

/// <summary>/authoring/courses/{courseId}/quiz/history: every version of the quiz; compare two; restore one as the draft.</summary>
public sealed class HistoryModel(QuizAuthoring authoring, ICourseDirectory courses, IRegionalScope scope, IStringLocalizer<QuizzesStrings> strings)
    : QuizAuthoringPageModel(authoring, courses, scope)
{
    public IReadOnlyList<QuizVersion> Versions { get; private set; } = [];

    public QuizVersion? From { get; private set; }

    public QuizVersion? To { get; private set; }

    public async Task<IActionResult> OnGetAsync(string courseId, int? from, int? to, CancellationToken cancellationToken)
    {
        if (await LoadAsync(courseId, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (Quiz is null)
        {
            return NotFound();
        }

        Versions = [.. Quiz.Versions.OrderByDescending(v => v.Number)];
        (From, To) = (Versions.FirstOrDefault(v => v.Number == from), Versions.FirstOrDefault(v => v.Number == to));
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(string courseId, int number, CancellationToken cancellationToken)
    {
        if (await LoadAsync(courseId, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (Quiz?.Versions.FirstOrDefault(v => v.Number == number) is not { } source)
        {
            return NotFound();
        }

        await Authoring.ChangeAsync(Quiz, Author, draft =>
        {
            var copy = QuizVersion.CopyOf(Quiz.Id, source);
            (draft.Title, draft.PassPercent, draft.MaxAttempts, draft.Shuffle, draft.OnePerPage, draft.PartialCredit, draft.Questions) =
                (copy.Title, copy.PassPercent, copy.MaxAttempts, copy.Shuffle, copy.OnePerPage, copy.PartialCredit, copy.Questions);
        }, cancellationToken);
        return Done(strings["History.Restored", number]);
    }
}
