using PdfSharp;
using PdfSharp.Fonts;

namespace TrainingSite.Certificates.Pdf;

/// <summary>
/// PDFsharp's font resolver is process-wide and may be set only once (or again with the same instance), so one
/// instance serves every site in the process; the fonts it hands out are the first ones loaded.
/// </summary>
public sealed class CertificateFontResolver : IFontResolver
{
    private static readonly Lock Gate = new();
    private static CertificateFontResolver? _installed;

    private readonly CertificateFonts _fonts;

    private CertificateFontResolver(CertificateFonts fonts) => _fonts = fonts;

    /// <summary>Installs the resolver (and PDFsharp's AGPL licence) on first use; later calls are free.</summary>
    public static void EnsureInstalled(Func<CertificateFonts> load)
    {
        if (Volatile.Read(ref _installed) is not null)
        {
            return;
        }

        lock (Gate)
        {
            if (_installed is null)
            {
                var resolver = new CertificateFontResolver(load());
                PdfSharpLicense.SetAgplLicense();
                GlobalFontSettings.FontResolver = resolver;
                Volatile.Write(ref _installed, resolver);
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        familyName is CertificateFonts.Serif or CertificateFonts.Sans ? new FontResolverInfo(CertificateFonts.FaceName(familyName, bold)) : null;

    public byte[]? GetFont(string faceName) => _fonts.Face(faceName);
}
