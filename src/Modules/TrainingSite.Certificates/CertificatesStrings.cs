namespace TrainingSite.Certificates;

/// <summary>Marker for the Certificates module's strings (Resources/CertificatesStrings.{fi,sv,en}.resx).</summary>
public sealed class CertificatesStrings
{
    private CertificatesStrings()
    {
    }
}
