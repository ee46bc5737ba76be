using System.Globalization;
using System.Net;
using System.Text;

namespace TrainingSite.Core.Pdf;

/// <summary>A QR code as an inline SVG for web pages (a printed referral slip), from the same modules the PDFs draw.</summary>
public static class QrSvg
{
    /// <param name="text">What the code holds (an absolute URL).</param>
    /// <param name="label">Its accessible name, e.g. "QR code: https://...".</param>
    public static string For(string text, string label)
    {
        var (runs, size) = QrModules.For(text);
        var path = new StringBuilder(runs.Count * 12);
        foreach (var (row, column, length) in runs)
        {
            path.Append(CultureInfo.InvariantCulture, $"M{column} {row}h{length}v1h-{length}z");
        }

        // White behind the quiet zone, so a dark page theme or a grey print background does not hide the code from a scanner.
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" class=\"qr-code\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(label)}\" shape-rendering=\"crispEdges\">"
            + $"<rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>";
    }
}
