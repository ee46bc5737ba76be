using Microsoft.Extensions.Options;
using TrainingSite.Certificates.Models;
using TrainingSite.Certificates.Pdf;

namespace TrainingSite.Certificates.Services;

/// <summary>A certificate's PDF in one language. The fonts are loaded on the first PDF, from the configured or a usual folder.</summary>
public sealed class CertificatePdfs(CertificateSheets sheets, IOptions<CertificateOptions> options)
{
    /// <summary>Throws <see cref="CertificateFontsMissingException"/> when the fonts cannot be found.</summary>
    public byte[] Render(Certificate certificate, string language, string baseUrl)
    {
        CertificateFontResolver.EnsureInstalled(() => CertificateFonts.Load(options.Value.FontDirectory));
        return CertificatePdf.Render(sheets.For(certificate, language, CertificateSheets.VerifyUrl(baseUrl, certificate)));
    }
}
