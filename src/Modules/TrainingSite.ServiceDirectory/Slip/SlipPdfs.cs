using Microsoft.Extensions.Configuration;
using TrainingSite.Core.Pdf;

namespace TrainingSite.ServiceDirectory.Slip;

/// <summary>
/// A slip's PDF. The fonts are the certificates' (one process-wide resolver, <see cref="PdfFontResolver"/>), read from
/// the same setting, <c>Certificates:FontDirectory</c>, or a usual folder.
/// </summary>
public sealed class SlipPdfs(IConfiguration configuration)
{
    /// <summary>Throws <see cref="PdfFontsMissingException"/> when the fonts cannot be found.</summary>
    public byte[] Render(SlipContent slip)
    {
        PdfFontResolver.EnsureInstalled(() => PdfFonts.Load(configuration["Certificates:FontDirectory"]));
        return SlipPdf.Render(slip);
    }
}
