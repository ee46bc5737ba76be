using TrainingSite.Quizzes.Models;

namespace TrainingSite.Quizzes.Services;

/// <summary>How many of the attempts that were asked a question picked this choice, and their share (0–1).</summary>
public sealed record ChoiceStatistics(QuizChoice Choice, int Picked, double Share);
