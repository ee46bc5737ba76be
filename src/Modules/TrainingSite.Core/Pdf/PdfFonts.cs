using System.Collections.Frozen;

namespace TrainingSite.Core.Pdf;

/// <summary>
/// The three DejaVu faces the site's PDFs use (certificates, referral slips: a bold serif for titles, a sans for
/// everything else), read once into memory. Each face used is embedded as a subset, so every face costs bytes and time in every PDF.
/// DejaVu's licence allows embedding and redistribution.
/// </summary>
public sealed class PdfFonts
{
    public const string Serif = "SiteSerif";
    public const string Sans = "SiteSans";

    public static readonly IReadOnlyList<string> Files = ["DejaVuSerif-Bold.ttf", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"];

    private readonly FrozenDictionary<string, byte[]> _faces;

    private PdfFonts(FrozenDictionary<string, byte[]> faces, string directory)
    {
        _faces = faces;
        Directory = directory;
    }

    /// <summary>Where the fonts were found.</summary>
    public string Directory { get; }

    /// <summary>The face (a file name without .ttf) for a family and weight; the serif comes in bold only.</summary>
    public static string FaceName(string family, bool bold) => family == Serif ? "DejaVuSerif-Bold" : "DejaVuSans" + (bold ? "-Bold" : string.Empty);

    public byte[]? Face(string faceName) => _faces.GetValueOrDefault(faceName);

    /// <summary>
    /// Loads the fonts from the configured folder, or else from the first usual place that has all of them.
    /// Throws <see cref="PdfFontsMissingException"/> naming the missing file, the folders tried and the setting.
    /// </summary>
    public static PdfFonts Load(string? configuredDirectory)
    {
        var found = Locate(configuredDirectory);
        var faces = Files.ToFrozenDictionary(f => Path.GetFileNameWithoutExtension(f), f => File.ReadAllBytes(Path.Combine(found, f)), StringComparer.Ordinal);
        return new PdfFonts(faces, found);
    }

    /// <summary>The folder <see cref="Load"/> would read (nothing is read); throws as it does when a file is missing.</summary>
    public static string Locate(string? configuredDirectory)
    {
        var candidates = string.IsNullOrWhiteSpace(configuredDirectory) ? UsualDirectories() : [configuredDirectory];
        var found = candidates.FirstOrDefault(d => Files.All(f => File.Exists(Path.Combine(d, f))));
        if (found is null)
        {
            var first = candidates.FirstOrDefault(System.IO.Directory.Exists) ?? candidates[0];
            var missing = Files.First(f => !File.Exists(Path.Combine(first, f)));
            throw new PdfFontsMissingException(
                $"PDFs (certificates, referral slips) need the font file '{missing}' (with {string.Join(", ", Files)}), but it is not in " +
                $"{string.Join(", ", candidates.Select(c => $"'{c}'"))}. Install DejaVu (Debian: apt-get install fonts-dejavu-core) " +
                $"or set Certificates:FontDirectory to a folder that holds these files.");
        }

        return found;
    }

    /// <summary>A fonts folder shipped beside the app, then where operating systems and distributions keep DejaVu.</summary>
    private static List<string> UsualDirectories()
    {
        List<string> folders = [Path.Combine(AppContext.BaseDirectory, "fonts")];
        foreach (var root in new[] { "/usr/share/fonts", "/usr/local/share/fonts", Environment.GetFolderPath(Environment.SpecialFolder.Fonts), "/Library/Fonts" })
        {
            if (string.IsNullOrEmpty(root))
            {
                continue;
            }

            folders.AddRange([Path.Combine(root, "truetype", "dejavu"), Path.Combine(root, "dejavu"), Path.Combine(root, "TTF"), root]);
        }

        return folders;
    }
}
