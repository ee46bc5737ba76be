namespace TrainingSite.Quizzes.Services;

/// <summary>One choice row of the question editor; a row with no text in any language is ignored.</summary>
public sealed class ChoiceInput
{
    public string? Id { get; set; }

    public Dictionary<string, string?> Text { get; set; } = [];

    public Dictionary<string, string?> Feedback { get; set; } = [];

    public bool Correct { get; set; }

    public bool Remove { get; set; }
}
