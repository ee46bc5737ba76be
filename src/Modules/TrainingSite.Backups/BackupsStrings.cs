namespace TrainingSite.Backups;

/// <summary>Marker for the Backups module's strings (Resources/BackupsStrings.{fi,sv,en}.resx).</summary>
public sealed class BackupsStrings
{
    private BackupsStrings()
    {
    }
}
