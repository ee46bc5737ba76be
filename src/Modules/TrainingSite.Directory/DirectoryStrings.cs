namespace TrainingSite.Directory;

/// <summary>Marker for the Directory module's strings (Resources/DirectoryStrings.{fi,sv,en}.resx).</summary>
public sealed class DirectoryStrings
{
    private DirectoryStrings()
    {
    }
}
