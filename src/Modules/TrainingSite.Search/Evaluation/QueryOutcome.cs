namespace TrainingSite.Search.Evaluation;

/// <summary>One query's result: the share of its relevant articles in the top 10, and the reciprocal rank of the first.</summary>
public sealed record QueryOutcome(JudgedQuery Query, IReadOnlyList<string> Top, double Recall, double ReciprocalRank);
