namespace TrainingSite.Abstractions.Courses;

/// <summary>A learner's state in a course's quiz: whether the best attempt passed, its score, attempts used.</summary>
public sealed record QuizStatus(bool Passed, int? BestPercent, int Attempts);
