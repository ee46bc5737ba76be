namespace TrainingSite.Reports;

/// <summary>Marker for the region dashboard's strings (Resources/DashboardStrings.{fi,sv,en}.resx).</summary>
public sealed class DashboardStrings
{
    private DashboardStrings()
    {
    }
}
