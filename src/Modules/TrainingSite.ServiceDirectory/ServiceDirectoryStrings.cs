namespace TrainingSite.ServiceDirectory;

/// <summary>Marker for the Directory module's strings (Resources/ServiceDirectoryStrings.{fi,sv,en}.resx).</summary>
public sealed class ServiceDirectoryStrings
{
    private ServiceDirectoryStrings()
    {
    }
}
