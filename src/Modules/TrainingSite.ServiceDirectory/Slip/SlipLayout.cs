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
        _y = Math.Max(_y, 44 + QrSize + 34) + 8;
        Rule();
        Line(slip.HoursHeading, Font(12.5, bold: true), Navy, Left, _right);
        _y += 2;
        DrawHours();
        if (slip.Bring is { } bring)
        {
            _y += 4;
            Rule();
            Line(slip.BringLabel, Font(12.5, bold: true), Navy, Left, _right);
            _y += 2;
            foreach (var paragraph in bring.Split('\n'))
            {
                Wrapped(paragraph, Font(10.5), Ink, Left, _right);
            }
        }

        graphics.DrawString(slip.Dates, Font(8.5), new XSolidBrush(Grey), new XPoint(Left, _bottom), XStringFormats.BottomLeft);
    }

    /// <summary>Each offered channel: its name, then seven rows (day, hours, an exception's note); today's row in bold.</summary>
    private void DrawHours()
    {
        // Three channels of seven days fill about half the page; with a long "what to bring" the rows get tighter.
        var rows = slip.Channels.Sum(c => c.Days.Count + 1);
        var lineHeight = Math.Clamp((_bottom - 150 - _y) / Math.Max(rows, 1), 9.5, 13.5);
        var size = Math.Min(10, lineHeight * 0.74);
        foreach (var channel in slip.Channels)
        {
            graphics.DrawString(channel.Name, Font(size + 0.5, bold: true), new XSolidBrush(Ink), new XPoint(Left, _y), XStringFormats.TopLeft);
            _y += lineHeight + 1;
            foreach (var day in channel.Days)
            {
                var font = Font(size, bold: day.IsToday);
                var brush = new XSolidBrush(Ink);
                var label = day.IsToday ? $"{day.Day} ({slip.TodayLabel})" : day.Day;
                graphics.DrawString(label, font, brush, new XPoint(Left + 10, _y), XStringFormats.TopLeft);
                graphics.DrawString(day.Hours, font, brush, new XPoint(Left + 130, _y), XStringFormats.TopLeft);
                if (day.Note is { } note)
                {
                    var noteX = Left + 250;
                    graphics.DrawString(Truncate(note.Text, Font(size), _right - noteX), Font(size), new XSolidBrush(Grey), new XPoint(noteX, _y), XStringFormats.TopLeft);
                }

                _y += lineHeight;
            }

            _y += 4;
        }
    }

    /// <summary>The QR code to the point's page in the top right corner, its label and address under it; both are links.</summary>
    private void DrawQr(PdfPage page, double top)
    {
        var (runs, modules) = QrModules.For(slip.Url);
        var x = _right - QrSize;
        var cell = QrSize / modules;
        const double seam = 0.05;
        graphics.DrawRectangles(new XSolidBrush(XColors.Black), [.. runs.Select(r => new XRect(x + r.Column * cell, top + r.Row * cell, r.Length * cell + seam, cell + seam))]);
        Link(page, new XRect(x, top, QrSize, QrSize), slip.Url);
        var small = Font(7);
        graphics.DrawString(Truncate(slip.QrLabel, small, QrSize + 40), small, new XSolidBrush(Grey), new XPoint(_right, top + QrSize + 2), XStringFormats.TopRight);
        var urlFont = Fit(slip.Url, 7, QrSize + 40);
        graphics.DrawString(slip.Url, urlFont, new XSolidBrush(Navy), new XPoint(_right, top + QrSize + 12), XStringFormats.TopRight);
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
        graphics.DrawString(Truncate(text, font, right - x), font, new XSolidBrush(color), new XPoint(x, _y), XStringFormats.TopLeft);
        _y += font.Size * 1.3;
    }

    /// <summary>The text in lines that fit between <paramref name="x"/> and <paramref name="right"/>, broken at spaces.</summary>
    private void Wrapped(string text, XFont font, XColor color, double x, double right)
    {
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && graphics.MeasureString(candidate, font).Width > right - x)
            {
                Line(line, font, color, x, right);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        Line(line, font, color, x, right);
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

    private string Truncate(string text, XFont font, double maxWidth)
    {
        if (graphics.MeasureString(text, font).Width <= maxWidth)
        {
            return text;
        }

        var length = text.Length;
        while (length > 1 && graphics.MeasureString(text[..length] + "…", font).Width > maxWidth)
        {
            length--;
        }

        return text[..length].TrimEnd() + "…";
    }
}
