namespace TrainingSite.Search.Scoring;

public sealed record ScoredDocument(CandidateDocument Document, double Score, int MatchedGroups);
