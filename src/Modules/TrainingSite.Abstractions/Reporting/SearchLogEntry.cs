namespace TrainingSite.Abstractions.Reporting;

/// <summary>
/// One guidance search as the search log receives it: the text as typed (the log normalises it), the searcher's
/// language, the region it concerns (the region filter chosen, else the searcher's home region; null: none), how many
/// results it found and whether network articles were searched. Deliberately no user, no address, no exact time.
/// </summary>
public sealed record SearchLogEntry(string Query, string Language, string? RegionId, int Results, bool Network);
