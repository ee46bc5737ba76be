using System.Globalization;
using System.Text;
using TrainingSite.Core.Text;

namespace TrainingSite.Core.Content;

/// <summary>
/// A recipe-style id (lower-case letters, digits, hyphens) from a title: "Päivähoito Espoossa" → "paivahoito-espoossa".
/// Shared by every module that creates items from a title; <c>fallback</c> names an item whose title has no letters.
/// </summary>
public static class IdSlug
{
    public const int MaxLength = 60;

    public static string From(string title, string fallback = "item")
    {
        // Normalisation throws on unpaired surrogates and noncharacters; they are dropped first (they are no letters).
        var folded = UnicodeText.Clean(title).ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder();
        foreach (var c in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().Trim('-');
        text = text.Length > MaxLength ? text[..MaxLength].Trim('-') : text;
        return text.Length == 0 ? fallback : text;
    }

    /// <summary>The slug, or the slug with -2, -3 ... when it is taken.</summary>
    public static string Unique(string title, ISet<string> taken, string fallback = "item")
    {
        var slug = From(title, fallback);
        var candidate = slug;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }
}
