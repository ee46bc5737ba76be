using System.Globalization;

namespace TrainingSite.Abstractions.Localization;

/// <summary>The site's languages: Finnish (default), Swedish and English.</summary>
public static class SiteCultures
{
    public const string Default = "fi";

    public static readonly IReadOnlyList<string> All = ["fi", "sv", "en"];

    public static bool IsSupported(string? culture) => culture is not null && All.Contains(culture);

    /// <summary>The current UI culture's two-letter code when the site supports it, otherwise the default.</summary>
    public static string Current
    {
        get
        {
            var name = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            return IsSupported(name) ? name : Default;
        }
    }
}
