using PdfSharp;
using PdfSharp.Fonts;

namespace TrainingSite.Core.Pdf;

/// <summary>
/// PDFsharp's font resolver is process-wide and may be set only once (or again with the same instance), so one
/// instance serves every site and every kind of PDF (certificates, referral slips) in the process; the fonts it hands out are the first ones loaded.
/// </summary>
public sealed class PdfFontResolver : IFontResolver
{
    private static readonly Lock Gate = new();
    private static PdfFontResolver? _installed;

    private readonly PdfFonts _fonts;

    private PdfFontResolver(PdfFonts fonts) => _fonts = fonts;

    /// <summary>Installs the resolver (and PDFsharp's AGPL licence) on first use; later calls are free.</summary>
    public static void EnsureInstalled(Func<PdfFonts> load)
    {
        if (Volatile.Read(ref _installed) is not null)
        {
            return;
        }

        lock (Gate)
        {
            if (_installed is null)
            {
                var resolver = new PdfFontResolver(load());
                PdfSharpLicense.SetAgplLicense();
                GlobalFontSettings.FontResolver = resolver;
                Volatile.Write(ref _installed, resolver);
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        familyName is PdfFonts.Serif or PdfFonts.Sans ? new FontResolverInfo(PdfFonts.FaceName(familyName, bold)) : null;

    public byte[]? GetFont(string faceName) => _fonts.Face(faceName);
}
