using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Quizzes.Models;

namespace TrainingSite.Quizzes.Services;

/// <summary>The quiz editor's settings form.</summary>
public sealed class QuizSettingsInput
{
    public Dictionary<string, string?> Title { get; set; } = [];

    public int PassPercent { get; set; } = 70;

    /// <summary>Empty for unlimited attempts.</summary>
    public int? MaxAttempts { get; set; }

    public bool Shuffle { get; set; }

    public bool OnePerPage { get; set; }

    public bool PartialCredit { get; set; }

    public static QuizSettingsInput From(QuizVersion? version) => version is null ? new() : new()
    {
        Title = SiteCultures.All.ToDictionary(c => c, c => version.Title.GetValueOrDefault(c)),
        PassPercent = version.PassPercent,
        MaxAttempts = version.MaxAttempts,
        Shuffle = version.Shuffle,
        OnePerPage = version.OnePerPage,
        PartialCredit = version.PartialCredit,
    };

    public void Validate(ModelStateDictionary modelState, IStringLocalizer strings)
    {
        if (TextInput.ToText(Title).Count == 0)
        {
            modelState.AddModelError("Input.Title[fi]", strings["Editor.QuizTitleRequired"]);
        }

        if (PassPercent is < 0 or > 100)
        {
            modelState.AddModelError("Input.PassPercent", strings["Editor.PassPercentRange"]);
        }

        if (MaxAttempts is < 1 or > 1000)
        {
            modelState.AddModelError("Input.MaxAttempts", strings["Editor.MaxAttemptsRange"]);
        }
    }

    public void ApplyTo(QuizVersion draft)
    {
        draft.Title = TextInput.ToText(Title);
        draft.PassPercent = PassPercent;
        draft.MaxAttempts = MaxAttempts;
        draft.Shuffle = Shuffle;
        draft.OnePerPage = OnePerPage;
        draft.PartialCredit = PartialCredit;
    }
}
