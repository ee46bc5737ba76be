using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Quizzes.Models;

public sealed record QuizChoice(string Id, LocalizedText Text, bool Correct, LocalizedText Feedback);
