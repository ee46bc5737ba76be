using TrainingSite.Quizzes.Models;

namespace TrainingSite.Quizzes.Services;

/// <summary>
/// One submitted attempt as <see cref="QuizStatistics"/> reads it: the version it was taken on, whose it is and which
/// of the learner's attempts (1 = the first), and the chosen choice ids by question id.
/// </summary>
public sealed record StatisticsAttempt(QuizVersion Version, string LearnerId, int Number, IReadOnlyDictionary<string, IReadOnlySet<string>> Answers);
