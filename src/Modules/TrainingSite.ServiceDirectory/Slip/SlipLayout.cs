using PdfSharp.Drawing;
using PdfSharp.Pdf;
using TrainingSite.Core.Pdf;

namespace TrainingSite.ServiceDirectory.Slip;

/// <summary>
/// Places a referral slip on an A4 page, top to bottom: the point's name and how to reach it (the QR code to its page
/// beside), the coming week's hours per channel, what to bring, and the dates. Sizes are in points.
/// </summary>
internal sealed class SlipLayout(XGraphics graphics, SlipContent slip)
{
    private const double Left = 50;
    private const double QrSize = 112;
    private static readonly XColor Navy = XColor.FromArgb(27, 54, 93);
    private static readonly XColor Ink = XColor.FromArgb(34, 34, 34);
    private static readonly XColor Grey = XColor.FromArgb(90, 90, 90);
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    private readonly double _right = graphics.PageSize.Width - 50;
    private readonly double _bottom = graphics.PageSize.Height - 40;
    private double _y = 44;

    public void Draw(PdfPage page)
    {
        Line(slip.SiteName, Font(8.5), Grey, Left, _right - QrSize - 16);
        _y += 4;
        Line(slip.Heading, Font(22, bold: true, serif: true), Navy, Left, _right - QrSize - 16);
        _y += 6;
        Wrapped(slip.Name.Text, Font(15, bold: true), Ink, Left, _right - QrSize - 16);
        if (slip.Organisation is { } organisation)
        {
            Wrapped(organisation.Text, Font(10.5), Grey, Left, _right - QrSize - 16);
        }

        _y += 8;
        if (slip.Address.Count > 0)
        {
            Fact(slip.AddressLabel, string.Join(", ", slip.Address.Select(a => a.Text)));
        }

        if (slip.Phone is { Length: > 0 } phone)
        {
            Fact(slip.PhoneLabel, phone);
        }

        if (slip.Web is { Length: > 0 } web)
        {
            var top = _y;
            Fact(slip.WebLabel, web);
            Link(page, new XRect(Left + 70, top, _right - QrSize - 16 - Left - 70, _y - top), web);
        }

        DrawQr(page, top: 44);
        _y = Math.Max(_y, 44 + QrSize) + 8;
        DrawAddressOfThePage(page);
        _y += 6;
        Rule();
        Line(slip.HoursHeading, Font(12.5, bold: true), Navy, Left, _right);
        _y += 4;
        DrawHours();
        if (slip.Bring is { } bring)
        {
            _y += 4;
            Rule();
            Line(slip.BringLabel, Font(12.5, bold: true), Navy, Left, _right);
            _y += 2;
            DrawBring(bring);
        }

        graphics.DrawString(slip.Dates, Font(8.5), new XSolidBrush(Grey), new XPoint(Left, _bottom), XStringFormats.BottomLeft);
    }

    /// <summary>
    /// The week as one table, a row a day and a column a channel (as the printable page has it), then the day's
    /// exception notes; today's row in bold.
    /// </summary>
    private void DrawHours()
    {
        if (slip.Channels.Count == 0)
        {
            return;
        }

        const double lineHeight = 14;
        const double dayWidth = 105;
        var columnWidth = Math.Min(95, (_right - Left - dayWidth - 120) / slip.Channels.Count);
        var header = Font(9.5, bold: true);
        for (var c = 0; c < slip.Channels.Count; c++)
        {
            graphics.DrawString(slip.Channels[c].Name, header, new XSolidBrush(Ink), new XPoint(Left + dayWidth + c * columnWidth, _y), XStringFormats.TopLeft);
        }

        _y += lineHeight;
        var notesX = Left + dayWidth + slip.Channels.Count * columnWidth;
        for (var d = 0; d < slip.Channels[0].Days.Count; d++)
        {
            var day = slip.Channels[0].Days[d];
            var font = Font(10, bold: day.IsToday);
            var brush = new XSolidBrush(Ink);
            graphics.DrawLine(new XPen(XColor.FromArgb(220, 220, 220), 0.4), Left, _y - 2, _right, _y - 2);
            graphics.DrawString(day.IsToday ? $"{day.Day} ({slip.TodayLabel})" : day.Day, font, brush, new XPoint(Left, _y), XStringFormats.TopLeft);
            for (var c = 0; c < slip.Channels.Count; c++)
            {
                graphics.DrawString(slip.Channels[c].Days[d].Hours, font, brush, new XPoint(Left + dayWidth + c * columnWidth, _y), XStringFormats.TopLeft);
            }

            var notes = string.Join("; ", slip.Channels.Select(ch => ch.Days[d].Note?.Text).OfType<string>().Distinct(StringComparer.Ordinal));
            if (notes.Length > 0)
            {
                graphics.DrawString(graphics.Truncate(notes, Font(9), _right - notesX), Font(9), new XSolidBrush(Grey), new XPoint(notesX, _y + 0.5), XStringFormats.TopLeft);
            }

            _y += lineHeight;
        }
    }

    /// <summary>
    /// What to bring, in the space left above the dates: smaller type when it is long, and cut with "…" when even
    /// that does not fit (500 characters of short lines), so the slip stays one page.
    /// </summary>
    private void DrawBring(string bring)
    {
        var space = _bottom - 16 - _y;
        foreach (var size in new[] { 10.5, 9.5, 8.5, 7.5 })
        {
            var font = Font(size);
            var lines = bring.Split('\n').SelectMany(paragraph => WrapLines(paragraph, font, _right - Left)).ToList();
            var lineHeight = size * 1.3;
            var fits = (int)(space / lineHeight);
            if (lines.Count <= fits || size == 7.5)
            {
                if (lines.Count > fits)
                {
                    lines = [.. lines.Take(Math.Max(fits - 1, 0)), "…"];
                }

                foreach (var line in lines)
                {
                    Line(line, font, Ink, Left, _right);
                }

                return;
            }
        }
    }

    /// <summary>The QR code to the point's page in the top right corner; a link too.</summary>
    private void DrawQr(PdfPage page, double top)
    {
        var (runs, modules) = QrModules.For(slip.Url);
        var x = _right - QrSize;
        var cell = QrSize / modules;

        // Each run overlaps the next row by a hair, so viewers that anti-alias edges draw no seams between rows.
        const double seam = 0.05;
        graphics.DrawRectangles(new XSolidBrush(XColors.Black), [.. runs.Select(r => new XRect(x + r.Column * cell, top + r.Row * cell, r.Length * cell + seam, cell + seam))]);
        Link(page, new XRect(x, top, QrSize, QrSize), slip.Url);
    }

    /// <summary>"This service point online: https://..." across the page under the QR code, for those who type it.</summary>
    private void DrawAddressOfThePage(PdfPage page)
    {
        var label = slip.QrLabel + " ";
        var labelFont = Font(9);
        var labelWidth = graphics.MeasureString(label, labelFont).Width;
        var urlFont = Fit(slip.Url, 9, _right - Left - labelWidth);
        var urlWidth = graphics.MeasureString(slip.Url, urlFont).Width;
        var start = _right - labelWidth - urlWidth;
        graphics.DrawString(label, labelFont, new XSolidBrush(Grey), new XPoint(start, _y), XStringFormats.TopLeft);
        graphics.DrawString(slip.Url, urlFont, new XSolidBrush(Navy), new XPoint(start + labelWidth, _y), XStringFormats.TopLeft);
        Link(page, new XRect(start + labelWidth, _y - 1, urlWidth, 12), slip.Url);
        _y += 12;
    }

    private void Fact(string label, string value)
    {
        graphics.DrawString(label, Font(9, bold: true), new XSolidBrush(Grey), new XPoint(Left, _y + 1), XStringFormats.TopLeft);
        Wrapped(value, Font(10.5), Ink, Left + 70, _right - QrSize - 16);
        _y += 2;
    }

    private void Rule()
    {
        graphics.DrawLine(new XPen(XColor.FromArgb(200, 200, 200), 0.6), Left, _y, _right, _y);
        _y += 8;
    }

    private void Line(string text, XFont font, XColor color, double x, double right)
    {
        graphics.DrawString(graphics.Truncate(text, font, right - x), font, new XSolidBrush(color), new XPoint(x, _y), XStringFormats.TopLeft);
        _y += font.Size * 1.3;
    }

    /// <summary>The text in lines that fit between <paramref name="x"/> and <paramref name="right"/>, broken at spaces.</summary>
    private void Wrapped(string text, XFont font, XColor color, double x, double right)
    {
        foreach (var line in WrapLines(text, font, right - x))
        {
            Line(line, font, color, x, right);
        }
    }

    /// <summary>The text broken at spaces into lines no wider than <paramref name="width"/> (a longer word is cut by <see cref="Line"/>).</summary>
    private List<string> WrapLines(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && graphics.MeasureString(candidate, font).Width > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        lines.Add(line);
        return lines;
    }

    private void Link(PdfPage page, XRect area, string url) =>
        page.AddWebLink(new PdfRectangle(graphics.Transformer.WorldToDefaultPage(area)), url);

    private static XFont Font(double size, bool bold = false, bool serif = false) =>
        new(serif ? PdfFonts.Serif : PdfFonts.Sans, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);

    private XFont Fit(string text, double size, double maxWidth)
    {
        var width = graphics.MeasureString(text, Font(size)).Width;
        return width <= maxWidth ? Font(size) : Font(Math.Max(4.5, size * maxWidth / width));
    }
}
