using System.Globalization;
using Microsoft.Extensions.Localization;
using TrainingSite.Core.Localization;

namespace TrainingSite.ServiceDirectory.Search;

/// <summary>
/// Names a language a point serves (an ISO 639-1 code) in a site language: "somali" on a Finnish page, "somaliska"
/// on a Swedish one. The languages spoken at Finland's service points are named in the resources
/// (<c>Search.LanguageName.xx</c>); a rarer one by its own name ("Soomaali" ... from the system's culture data),
/// else by its code, so no code is ever shown without a name when one is known.
/// </summary>
public sealed class LanguageNames(IStringLocalizer<ServiceDirectoryStrings> strings)
{
    public string Name(string code, string language)
    {
        var key = "Search.LanguageName." + code;
        var named = strings.In(language, key);
        if (named != key)
        {
            return named;
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            return culture.ThreeLetterISOLanguageName.Length > 0 && culture.NativeName != code ? culture.NativeName : code;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}
