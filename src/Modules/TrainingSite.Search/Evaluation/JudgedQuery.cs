namespace TrainingSite.Search.Evaluation;

/// <summary>A query of the judged set: what a counsellor types, in which language, of which kind, and every article that answers it (best first).</summary>
public sealed record JudgedQuery(string Id, string Q, string Lang, string Kind, IReadOnlyList<string> Relevant);
