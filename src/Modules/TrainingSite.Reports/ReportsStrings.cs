namespace TrainingSite.Reports;

/// <summary>Marker for the Reports module's shared strings (Resources/ReportsStrings.{fi,sv,en}.resx).</summary>
public sealed class ReportsStrings
{
    private ReportsStrings()
    {
    }
}
