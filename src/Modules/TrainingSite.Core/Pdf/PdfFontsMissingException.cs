namespace TrainingSite.Core.Pdf;

/// <summary>A font the site's PDFs need is not where the configuration or the usual places say; the message names it.</summary>
public sealed class PdfFontsMissingException : Exception
{
    public PdfFontsMissingException()
    {
    }

    public PdfFontsMissingException(string message)
        : base(message)
    {
    }

    public PdfFontsMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
