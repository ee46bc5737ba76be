namespace TrainingSite.Reports;

/// <summary>Marker for the search report's strings (Resources/SearchReportStrings.{fi,sv,en}.resx).</summary>
public sealed class SearchReportStrings
{
    private SearchReportStrings()
    {
    }
}
