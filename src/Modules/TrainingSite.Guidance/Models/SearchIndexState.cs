namespace TrainingSite.Guidance.Models;

/// <summary>Facts about the index kept with it, such as the analysis it was built with.</summary>
public class SearchIndexState
{
    public const string AnalysisKey = "analysis";

    public required string Key { get; set; }

    public required string Value { get; set; }
}
