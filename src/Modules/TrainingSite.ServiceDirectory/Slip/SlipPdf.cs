using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace TrainingSite.ServiceDirectory.Slip;

/// <summary>Renders a referral slip as a one-page A4 PDF, as the certificates are made: vector text in embedded font subsets, the QR code as vector squares.</summary>
public static class SlipPdf
{
    public static byte[] Render(SlipContent slip)
    {
        using var stream = new MemoryStream(48 * 1024);
        using (var document = new PdfDocument())
        {
            document.Info.Title = slip.DocumentTitle;
            document.Info.Creator = slip.SiteName;
            document.Language = slip.Language;
            document.Options.CompressContentStreams = true;
            document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
            var page = document.AddPage();
            page.Size = PageSize.A4;
            page.Orientation = PageOrientation.Portrait;
            using (var graphics = XGraphics.FromPdfPage(page))
            {
                new SlipLayout(graphics, slip).Draw(page);
            }

            document.Save(stream, closeStream: false);
        }

        return stream.ToArray();
    }
}
