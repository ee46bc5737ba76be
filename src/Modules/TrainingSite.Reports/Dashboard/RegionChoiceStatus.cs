namespace TrainingSite.Reports.Dashboard;

/// <summary>Whether a report's <c>region</c> value may be shown (see <see cref="RegionChoice"/>).</summary>
public enum RegionChoiceStatus
{
    Ok,
    Forbidden,
    Unknown,
}
