namespace TrainingSite.Guidance.Search;

public sealed record FacetCount(string Id, int Count);
