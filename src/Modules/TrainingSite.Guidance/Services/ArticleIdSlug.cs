using System.Globalization;
using System.Text;

namespace TrainingSite.Guidance.Services;

/// <summary>
/// A recipe-style article id (lower-case letters, digits, hyphens) from a title: "Päivähoito Espoossa" →
/// "paivahoito-espoossa". The Courses module has its own; modules do not reference each other.
/// </summary>
public static class ArticleIdSlug
{
    public const int MaxLength = 60;

    public static string From(string title)
    {
        var folded = title.ToLowerInvariant().Normalize(NormalizationForm.FormD);
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
        return text.Length == 0 ? "article" : text;
    }

    /// <summary>The slug, or the slug with -2, -3 ... when it is taken.</summary>
    public static string Unique(string title, ISet<string> taken)
    {
        var slug = From(title);
        var candidate = slug;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }
}
