namespace TrainingSite.Certificates.Models;

/// <summary>
/// The programmes a certificate can be for. Today there is one, the whole package (national part and the home
/// region's section); the column exists so a second programme never needs a new uniqueness rule.
/// </summary>
public static class CertificateProgrammes
{
    public const string TrainingPackage = "training-package";
}
