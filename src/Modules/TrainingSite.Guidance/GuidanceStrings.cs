namespace TrainingSite.Guidance;

/// <summary>Marker for the Guidance module's strings (Resources/GuidanceStrings.{fi,sv,en}.resx).</summary>
public sealed class GuidanceStrings
{
    private GuidanceStrings()
    {
    }
}
