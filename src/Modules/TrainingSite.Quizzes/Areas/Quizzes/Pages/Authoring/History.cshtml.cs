using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Core.Authoring;
using TrainingSite.Core.Content;
using TrainingSite.Quizzes.Models;
using TrainingSite.Quizzes.Services;

namespace TrainingSite.Quizzes.Areas.Quizzes.Pages.Authoring;

/// <summary>/authoring/courses/{courseId}/quiz/history: every version of the quiz; compare two; restore one as the draft.</summary>
[Authorize(Policy = QuizzesPermissions.EditQuizzesPolicy)]
public sealed class HistoryModel(QuizAuthoring authoring, ICourseDirectory courses, IStringLocalizer<QuizzesStrings> strings) : AuthoringPageModel
{
    /// <summary>A quiz version compared as one text per language: its settings and every question with its choices.</summary>
    private static readonly VersionField WholeQuiz = new(null, (version, culture) => QuizText.Render((QuizVersion)version, culture));

    [FromRoute]
    public string CourseId { get; set; } = string.Empty;

    public Models.Quiz Quiz { get; private set; } = null!;

    public VersionHistory History { get; private set; } = null!;

    private string EditorUrl => $"/authoring/courses/{CourseId}/quiz";

    /// <summary>The course's quiz, authorized by the course's region; null (404) when the course has none.</summary>
    public override async Task<RegionalResource?> LoadResourceAsync(CancellationToken cancellationToken)
    {
        var (exists, regionId) = await courses.RegionOfAsync(CourseId, cancellationToken);
        if (!exists || await authoring.LoadAsync(CourseId, cancellationToken) is not { } quiz)
        {
            return null;
        }

        Quiz = quiz;
        return new RegionalResource(regionId, QuizzesPermissions.Rules);
    }

    public IActionResult OnGet(int? from, int? to, bool compare = false)
    {
        var title = VersionWorkflow.Latest(Quiz.Versions)?.Title.ToString() is { Length: > 0 } t ? t : strings["Editor.DefaultTitle"];
        History = VersionHistory.Of(title, EditorUrl, Quiz.Versions, from, to) with { Fields = [WholeQuiz] };
        return HistoryPage(History, compare);
    }

    public async Task<IActionResult> OnPostRestoreAsync(int number, CancellationToken cancellationToken) =>
        await authoring.RestoreAsync(Quiz, number, Author, cancellationToken) ? Done(AuthoringText["History.Restored", number], EditorUrl) : NotFound();
}
