namespace TrainingSite.Benchmarks;

/// <summary>What the load driver needs to save answers as one learner: the cookies, the attempt and a form token.</summary>
public sealed record QuizLearner(int Number, string CookieHeader, int AttemptId, string SaveUrl, string Token);
