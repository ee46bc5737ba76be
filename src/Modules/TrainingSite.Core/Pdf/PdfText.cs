using PdfSharp.Drawing;

namespace TrainingSite.Core.Pdf;

/// <summary>Fitting text into a fixed width on a one-page PDF (a certificate, a referral slip), where nothing may flow over.</summary>
public static class PdfText
{
    /// <summary>The text as it is when it fits in <paramref name="maxWidth"/>, else cut between characters with "…".</summary>
    public static string Truncate(this XGraphics graphics, string text, XFont font, double maxWidth)
    {
        ArgumentNullException.ThrowIfNull(graphics);
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
