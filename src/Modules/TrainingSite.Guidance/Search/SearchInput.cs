using System.Globalization;
using TrainingSite.Core.Recipes;

namespace TrainingSite.Guidance.Search;

/// <summary>
/// A search as it arrives in a URL, every value a string, read into a <see cref="GuidanceSearchRequest"/>.
/// Values that cannot be meant (page "abc", pageSize 10000, lang "xx") are named by their
/// GuidanceStrings key, so the page and the API can answer in the user's language.
/// </summary>
public sealed record SearchInput(string? Q, string? Lang, string? Region, string? Topic, string? Language, string? Page, string? PageSize)
{
    public (GuidanceSearchRequest Request, IReadOnlyDictionary<string, string> Errors) Read(string defaultLanguage)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var lang = Lang ?? defaultLanguage;
        if (!SiteCultures.IsSupported(lang))
        {
            errors["lang"] = "Search.Error.Lang";
            lang = defaultLanguage;
        }

        var language = Empty(Language);
        if (language is not null && !SiteCultures.IsSupported(language))
        {
            errors["language"] = "Search.Error.Language";
            language = null;
        }

        var region = Id(Region, "region", errors);
        var topic = Id(Topic, "topic", errors);
        var page = Number(Page, "page", 1, GuidanceSearchRequest.MaxPage, 1, errors);
        var pageSize = Number(PageSize, "pageSize", 1, GuidanceSearchRequest.MaxPageSize, GuidanceSearchRequest.DefaultPageSize, errors);
        return (new GuidanceSearchRequest(Q, lang, region, topic, language, page, pageSize), errors);
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Id(string? value, string name, Dictionary<string, string> errors)
    {
        var id = Empty(value);
        if (id is not null && !RecipeReader.IsValidId(id))
        {
            errors[name] = "Search.Error.Id";
            return null;
        }

        return id;
    }

    private static int Number(string? value, string name, int min, int max, int fallback, Dictionary<string, string> errors)
    {
        if (Empty(value) is not { } text)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            errors[name] = name == "page" ? "Search.Error.Page" : "Search.Error.PageSize";
            return fallback;
        }

        return number;
    }
}
