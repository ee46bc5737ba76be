namespace TrainingSite.Quizzes.Models;

/// <summary>A question of an attempt in the position the learner saw it, with its choices in their order.</summary>
public sealed record AttemptQuestion(string QuestionId, IReadOnlyList<string> ChoiceIds);
