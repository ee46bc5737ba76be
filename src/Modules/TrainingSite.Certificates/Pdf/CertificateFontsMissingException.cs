namespace TrainingSite.Certificates.Pdf;

/// <summary>A font the certificate needs is not where the configuration or the usual places say; the message names it.</summary>
public sealed class CertificateFontsMissingException : Exception
{
    public CertificateFontsMissingException()
    {
    }

    public CertificateFontsMissingException(string message)
        : base(message)
    {
    }

    public CertificateFontsMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
