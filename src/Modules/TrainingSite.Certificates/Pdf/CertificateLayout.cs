using PdfSharp.Drawing;
using PdfSharp.Pdf;
using TrainingSite.Core.Pdf;

namespace TrainingSite.Certificates.Pdf;

/// <summary>
/// Places a certificate on the page: a double frame, a centred hierarchy (site, title, holder, programme), the
/// courses in two columns, then date, issuer and the verification code with its QR code. Sizes are in points.
/// </summary>
internal sealed class CertificateLayout(XGraphics graphics, CertificateSheet sheet)
{
    private static readonly XColor Navy = XColor.FromArgb(27, 54, 93);
    private static readonly XColor Gold = XColor.FromArgb(163, 128, 46);
    private static readonly XColor Ink = XColor.FromArgb(34, 34, 34);
    private static readonly XColor Grey = XColor.FromArgb(90, 90, 90);
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    private readonly double _width = graphics.PageSize.Width;
    private readonly double _height = graphics.PageSize.Height;

    public void Draw(PdfPage page)
    {
        DrawFrame();
        var centre = _width / 2;
        Text(sheet.SiteName.ToUpperInvariant(), Font(PdfFonts.Sans, 10, bold: true), Gold, centre, 58);
        Text(sheet.Heading, Font(PdfFonts.Serif, 34, bold: true), Navy, centre, 76);
        Ornament(centre, 128);
        Text(sheet.Certifies, Font(PdfFonts.Sans, 11.5), Grey, centre, 142);
        var holder = Fit(sheet.Holder, PdfFonts.Serif, 30, bold: true, maxWidth: 600);
        Text(sheet.Holder, holder, Ink, centre, 162);
        graphics.DrawLine(new XPen(Gold, 0.8), centre - 170, 204, centre + 170, 204);
        Text(sheet.HasCompleted, Font(PdfFonts.Sans, 11.5), Grey, centre, 214);
        Text(sheet.Programme, Fit(sheet.Programme, PdfFonts.Sans, 16, bold: false, maxWidth: 640), Navy, centre, 233);
        Text(sheet.Scope, Font(PdfFonts.Sans, 10.5), Grey, centre, 259);
        DrawCourses(top: 290, bottom: 428);
        DrawSignatureBlock(sheet.Date, sheet.DateLabel, centreX: 190);
        DrawSignatureBlock(sheet.Issuer, sheet.IssuerLabel, centreX: 420);
        DrawVerification(page);
    }

    private void DrawFrame()
    {
        graphics.DrawRectangle(new XPen(Navy, 3), 20, 20, _width - 40, _height - 40);
        graphics.DrawRectangle(new XPen(Gold, 0.8), 28, 28, _width - 56, _height - 56);
        foreach (var (x, y) in new[] { (28.0, 28.0), (_width - 28, 28.0), (28.0, _height - 28), (_width - 28, _height - 28) })
        {
            Diamond(x, y, 5, Gold);
        }
    }

    private void Ornament(double centre, double y)
    {
        var pen = new XPen(Gold, 0.6);
        graphics.DrawLine(pen, centre - 60, y, centre - 8, y);
        graphics.DrawLine(pen, centre + 8, y, centre + 60, y);
        Diamond(centre, y, 3.5, Gold);
    }

    private void Diamond(double x, double y, double radius, XColor color) =>
        graphics.DrawPolygon(new XSolidBrush(color), [new(x, y - radius), new(x + radius, y), new(x, y + radius), new(x - radius, y)], XFillMode.Winding);

    /// <summary>The completed courses in two columns, centred in their band; the lines get tighter when there are many.</summary>
    private void DrawCourses(double top, double bottom)
    {
        var left = 110.0;
        var right = _width - 110;
        var rows = Math.Max(1, (sheet.Courses.Count + 1) / 2);
        var lineHeight = Math.Min(14, (bottom - top - 22) / rows);
        top += (bottom - top - 22 - rows * lineHeight) / 2;
        Text(sheet.CoursesHeading.ToUpperInvariant(), Font(PdfFonts.Sans, 8, bold: true), Navy, _width / 2, top);
        graphics.DrawLine(new XPen(XColor.FromArgb(210, 200, 175), 0.5), left, top + 14, right, top + 14);

        var font = Font(PdfFonts.Sans, Math.Min(9, lineHeight * 0.7));
        var ink = new XSolidBrush(Ink);
        var grey = new XSolidBrush(Grey);
        var columnWidth = (right - left - 40) / 2;
        for (var i = 0; i < sheet.Courses.Count; i++)
        {
            var course = sheet.Courses[i];
            var x = i < rows ? left : left + columnWidth + 40;
            var y = top + 22 + (i % rows) * lineHeight;
            var scoreWidth = course.Score is null ? 0 : graphics.MeasureString(course.Score, font).Width + 8;
            graphics.DrawString(graphics.Truncate(course.Title, font, columnWidth - scoreWidth), font, ink, new XPoint(x, y), XStringFormats.TopLeft);
            if (course.Score is not null)
            {
                graphics.DrawString(course.Score, font, grey, new XPoint(x + columnWidth, y), XStringFormats.TopRight);
            }
        }
    }

    private void DrawSignatureBlock(string value, string label, double centreX)
    {
        // A long value (the package's full name as the issuer) takes two lines rather than shrinking into the code beside it.
        string[] lines = graphics.MeasureString(value, Font(PdfFonts.Sans, 10)).Width <= 200 ? [value] : TwoLines(value);
        var top = 463.0 - ((lines.Length - 1) * 13);
        foreach (var line in lines)
        {
            Text(line, Fit(line, PdfFonts.Sans, lines.Length == 1 ? 12 : 10.5, bold: false, maxWidth: 200), Ink, centreX, top);
            top += 13;
        }

        graphics.DrawLine(new XPen(Grey, 0.6), centreX - 105, 484, centreX + 105, 484);
        Text(label, Font(PdfFonts.Sans, 7.5), Grey, centreX, 489);
    }

    /// <summary>The QR code, the code in words, and the address as text; both the QR code and the address are links.</summary>
    private void DrawVerification(PdfPage page)
    {
        const double size = 92;
        var (runs, modules) = QrModules.For(sheet.VerifyUrl);
        var x = _width - 96 - size + 10;
        var y = 424.0;
        var cell = size / modules;
        // Each run overlaps the next row by a hair, so viewers that anti-alias edges draw no seams between rows.
        const double seam = 0.05;
        graphics.DrawRectangles(new XSolidBrush(XColors.Black), [.. runs.Select(r => new XRect(x + r.Column * cell, y + r.Row * cell, r.Length * cell + seam, cell + seam))]);
        Link(page, new XRect(x, y, size, size));

        var textRight = x - 4;
        graphics.DrawString(sheet.CodeLabel, Font(PdfFonts.Sans, 7.5), new XSolidBrush(Grey), new XPoint(textRight, 452), XStringFormats.TopRight);
        graphics.DrawString(sheet.Code, Font(PdfFonts.Sans, 12, bold: true), new XSolidBrush(Navy), new XPoint(textRight, 464), XStringFormats.TopRight);

        var urlFont = Font(PdfFonts.Sans, 7.5);
        var line = $"{sheet.VerifyLabel} {sheet.VerifyUrl}";
        var urlWidth = graphics.MeasureString(sheet.VerifyUrl, urlFont).Width;
        var lineWidth = graphics.MeasureString(line, urlFont).Width;
        var start = (_width - lineWidth) / 2;
        graphics.DrawString(sheet.VerifyLabel + " ", urlFont, new XSolidBrush(Grey), new XPoint(start, 538), XStringFormats.TopLeft);
        var urlX = start + lineWidth - urlWidth;
        graphics.DrawString(sheet.VerifyUrl, urlFont, new XSolidBrush(Navy), new XPoint(urlX, 538), XStringFormats.TopLeft);
        Link(page, new XRect(urlX, 536, urlWidth, 11));
    }

    private void Link(PdfPage page, XRect area) =>
        page.AddWebLink(new PdfRectangle(graphics.Transformer.WorldToDefaultPage(area)), sheet.VerifyUrl);

    private void Text(string text, XFont font, XColor color, double centreX, double top) =>
        graphics.DrawString(text, font, new XSolidBrush(color), new XPoint(centreX, top), XStringFormats.TopCenter);

    private static XFont Font(string family, double size, bool bold = false) =>
        new(family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);

    /// <summary>The font at its size, or smaller until the text fits (a long name or title never runs off the page).</summary>
    private XFont Fit(string text, string family, double size, bool bold, double maxWidth)
    {
        var font = Font(family, size, bold);
        var width = graphics.MeasureString(text, font).Width;
        return width <= maxWidth ? font : Font(family, Math.Max(size * 0.6, size * maxWidth / width), bold);
    }

    /// <summary>The text split at the space nearest its middle (as it is when it has no space).</summary>
    private static string[] TwoLines(string text)
    {
        var middle = text.Length / 2;
        var before = text.LastIndexOf(' ', middle);
        var after = text.IndexOf(' ', middle);
        var split = before < 0 ? after : after < 0 || middle - before <= after - middle ? before : after;
        return split < 0 ? [text] : [text[..split], text[(split + 1)..]];
    }
}
