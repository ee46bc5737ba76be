namespace TrainingSite.Reports.SearchLog;

/// <summary>The <c>Reports</c> section of the settings.</summary>
public sealed class SearchLogOptions
{
    public const string Section = "Reports";

    /// <summary>Logged searches older than this many days are removed by the daily pruning.</summary>
    public int SearchLogDays { get; set; } = 365;
}
