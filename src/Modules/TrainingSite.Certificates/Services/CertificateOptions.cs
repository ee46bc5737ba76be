namespace TrainingSite.Certificates.Services;

/// <summary>Settings under <c>Certificates</c> in configuration.</summary>
public sealed class CertificateOptions
{
    public const string Section = "Certificates";

    /// <summary>
    /// Folder holding the DejaVu fonts the PDF embeds. Empty: a <c>fonts</c> folder beside the app, then the
    /// usual places a system keeps DejaVu (Debian's fonts-dejavu-core, other Linux layouts, Windows, macOS).
    /// </summary>
    public string? FontDirectory { get; set; }

    /// <summary>The issuer printed on certificates; empty uses the site's name in each language.</summary>
    public string? Issuer { get; set; }

    // The public address printed and encoded in the QR code is the site's (Site:PublicBaseUrl, IPublicUrls); the
    // older Certificates:PublicBaseUrl is still read there. Certificates:VerifyPerMinute is read by the host's rate
    // limits as the older name of RateLimits:CertificateVerify.
}
