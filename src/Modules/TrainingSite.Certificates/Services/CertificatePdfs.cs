using Microsoft.Extensions.Options;
using TrainingSite.Certificates.Models;
using TrainingSite.Certificates.Pdf;
using TrainingSite.Core.Pdf;

namespace TrainingSite.Certificates.Services;

/// <summary>A certificate's PDF in one language. The fonts are loaded on the first PDF, from the configured or a usual folder.</summary>
public sealed class CertificatePdfs(CertificateSheets sheets, IOptions<CertificateOptions> options)
{
    /// <summary>Throws <see cref="PdfFontsMissingException"/> when the fonts cannot be found.</summary>
    public byte[] Render(Certificate certificate, string language, string baseUrl)
    {
        PdfFontResolver.EnsureInstalled(() => PdfFonts.Load(options.Value.FontDirectory));
        return CertificatePdf.Render(sheets.For(certificate, language, CertificateSheets.VerifyUrl(baseUrl, certificate)));
    }
}
