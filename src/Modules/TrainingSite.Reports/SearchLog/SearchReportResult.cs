namespace TrainingSite.Reports.SearchLog;

/// <summary>The search report's numbers: searches in the filter, and the top queries overall and among those that found nothing.</summary>
public sealed record SearchReportResult(int Searches, int FoundNothing, IReadOnlyList<QueryCount> Frequent, IReadOnlyList<QueryCount> NothingFound);
