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

    /// <summary>
    /// The public address printed and encoded in the QR code, e.g. <c>https://koulutus.example.fi</c>. Empty uses
    /// the address the request came to (right unless the site sits behind a proxy that rewrites it).
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Verification lookups allowed per client address and minute, so codes cannot be enumerated.</summary>
    public int VerifyPerMinute { get; set; } = 30;
}
