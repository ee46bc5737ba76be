namespace TrainingSite.Quizzes.Services;

public sealed record QuizGrade(int Percent, bool Passed, IReadOnlyList<QuestionGrade> Questions);
