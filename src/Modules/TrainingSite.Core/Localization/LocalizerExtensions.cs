using System.Globalization;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Core.Localization;

public static class LocalizerExtensions
{
    /// <summary>A UI string in every site language, for content that starts from a default text (e.g. a new quiz's title).</summary>
    public static LocalizedText InEveryLanguage(this IStringLocalizer strings, string key)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            return new LocalizedText(SiteCultures.All.ToDictionary(c => c, c =>
            {
                CultureInfo.CurrentUICulture = new CultureInfo(c);
                return strings[key].Value;
            }));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>A UI string in a chosen language rather than the UI's: a referral slip is in the customer's language.</summary>
    public static string In(this IStringLocalizer strings, string language, string key, params object[] arguments)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo(SiteCultures.IsSupported(language) ? language : SiteCultures.Default);
            return strings[key, arguments].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
