using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace TrainingSite.Certificates.Pdf;

/// <summary>
/// Renders a certificate as a one-page A4 landscape PDF: vector text in embedded font subsets (so it can be
/// searched and copied), the QR code as vector squares, a link to the verification page, and metadata.
/// </summary>
public static class CertificatePdf
{
    public static byte[] Render(CertificateSheet sheet)
    {
        using var stream = new MemoryStream(48 * 1024);
        Write(sheet, stream);
        return stream.ToArray();
    }

    public static void Write(CertificateSheet sheet, Stream output)
    {
        using var document = new PdfDocument();
        document.Info.Title = sheet.DocumentTitle;
        document.Info.Author = sheet.Issuer;
        document.Info.Subject = sheet.Programme;
        document.Info.Creator = sheet.SiteName;
        document.Info.Keywords = sheet.Code;
        document.Language = sheet.Language;
        document.Options.CompressContentStreams = true;

        // The embedded font subsets are most of the file; PDFsharp's default deflate level spends ~4 ms a PDF on
        // them for ~15 % smaller files. Fastest deflate keeps a certificate well under 100 KB at about a quarter of the time.
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;

        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Landscape;
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            new CertificateLayout(graphics, sheet).Draw(page);
        }

        document.Save(output, closeStream: false);
    }
}
