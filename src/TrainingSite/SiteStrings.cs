namespace TrainingSite;

/// <summary>Marker for the host's strings: layout, home, error pages (Resources/SiteStrings.{fi,sv,en}.resx).</summary>
public sealed class SiteStrings
{
    private SiteStrings()
    {
    }
}
