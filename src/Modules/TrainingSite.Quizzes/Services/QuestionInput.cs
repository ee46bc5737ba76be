using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using TrainingSite.Core.Recipes;
using TrainingSite.Quizzes.Models;

namespace TrainingSite.Quizzes.Services;

/// <summary>The question editor's form: the question per language and its choices (existing ones plus blank rows).</summary>
public sealed class QuestionInput
{
    public const int BlankChoices = 2;

    public string Kind { get; set; } = QuizQuestion.SingleChoice;

    public Dictionary<string, string?> Prompt { get; set; } = [];

    public Dictionary<string, string?> Explanation { get; set; } = [];

    /// <summary>Guidance article ids, separated by spaces or commas.</summary>
    public string? Articles { get; set; }

    public List<ChoiceInput> Choices { get; set; } = [];

    public static QuestionInput From(QuizQuestion? question)
    {
        var input = question is null ? new QuestionInput() : new QuestionInput
        {
            Kind = question.Kind,
            Prompt = TextInput.From(question.Prompt),
            Explanation = TextInput.From(question.Explanation),
            Articles = string.Join(' ', question.Articles),
            Choices = [.. question.Choices.Select(c => new ChoiceInput { Id = c.Id, Text = TextInput.From(c.Text), Feedback = TextInput.From(c.Feedback), Correct = c.Correct })],
        };
        input.Choices.AddRange(Enumerable.Range(0, BlankChoices).Select(_ => new ChoiceInput()));
        return input;
    }

    /// <summary>The question the form describes, with ids kept for existing choices and made for new ones; null when invalid.</summary>
    public QuizQuestion? ToQuestion(string id, ModelStateDictionary modelState, IStringLocalizer strings, IStringLocalizer authoringText, IStringLocalizer shared)
    {
        var prompt = TextInput.ToText(Prompt);
        if (prompt.Count == 0)
        {
            modelState.AddModelError("Input.Prompt[fi]", strings["Editor.PromptRequired"]);
        }

        if (Kind is not (QuizQuestion.SingleChoice or QuizQuestion.MultipleChoice or QuizQuestion.TrueFalse))
        {
            modelState.AddModelError("Input.Kind", shared["Validation.OneOf"]);
        }

        var kept = Choices.Where(c => !c.Remove && TextInput.ToText(c.Text).Count > 0).ToList();
        if (TextInput.TooLong(Prompt) || TextInput.TooLong(Explanation) || kept.Any(c => TextInput.TooLong(c.Text) || TextInput.TooLong(c.Feedback)))
        {
            modelState.AddModelError("Input.Prompt[fi]", authoringText["Editor.TooLong", TextInput.MaxLength]);
        }

        if (QuizQuestionRules.ChoiceProblem(Kind, kept.Count, kept.Count(c => c.Correct)) is { } problem)
        {
            modelState.AddModelError("Input.Choices", shared[problem]);
        }

        var articles = (Articles ?? string.Empty).Split([' ', ',', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
        if (articles.Any(a => !RecipeReader.IsValidId(a)))
        {
            modelState.AddModelError("Input.Articles", strings["Editor.ArticlesInvalid"]);
        }

        if (!modelState.IsValid)
        {
            return null;
        }

        var used = kept.Where(c => !string.IsNullOrEmpty(c.Id)).Select(c => c.Id!).ToHashSet();
        var choices = kept.Select(c => new QuizChoice(c.Id is { Length: > 0 } existing ? existing : NewChoiceId(used), TextInput.ToText(c.Text), c.Correct, TextInput.ToText(c.Feedback))).ToList();
        return new QuizQuestion(id, Kind, prompt, choices, TextInput.ToText(Explanation), articles);
    }

    private static string NewChoiceId(HashSet<string> used)
    {
        var n = 1;
        while (!used.Add($"c{n}"))
        {
            n++;
        }

        return $"c{n}";
    }
}
