using System.Globalization;
using TrainingSite.ServiceDirectory.Hours;
using TrainingSite.ServiceDirectory.Recipes;

namespace TrainingSite.ServiceDirectory.Search;

/// <summary>
/// A directory search as it arrives in a URL, every value a string, read into a <see cref="DirectorySearchRequest"/>.
/// Values that cannot be meant (an unknown region or topic, a language code that is not ISO 639-1, a time that is not
/// one, page "abc") are named by their ServiceDirectoryStrings key, so the page and the API answer in the user's
/// language. The page sends <c>open</c> ("", "now", "at") and <c>at</c> (local Finnish time, as a
/// <c>datetime-local</c> field writes it); the API sends <c>openAt</c> (<see cref="ReadOpenAt"/>).
/// </summary>
public sealed record DirectorySearchInput(string? Q, string? Region, string? Topic, string? Language, string? Page, string? PageSize)
{
    private const int MinYear = 2000;
    private const int MaxYear = 2100;

    private static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];
    private static readonly string[] OffsetFormats = ["yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    /// <summary>The page's form: <paramref name="open"/> "", "now" or "at", with <paramref name="at"/> for "at".</summary>
    public (DirectorySearchRequest Request, IReadOnlyDictionary<string, string> Errors) ReadForm(
        string? open, string? at, DirectoryIndex index, OpeningHoursCalculator calculator, DateTimeOffset now, string language)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var filter = OpenFilter.Any;
        var instant = now;
        switch (Empty(open))
        {
            case null:
                break;
            case "now":
                filter = OpenFilter.Now;
                break;
            case "at":
                filter = OpenFilter.At;
                if (Empty(at) is not { } text)
                {
                    errors["at"] = "Search.Error.AtMissing";
                }
                else if (ReadLocal(text, calculator) is { } chosen)
                {
                    instant = chosen;
                }
                else
                {
                    errors["at"] = "Search.Error.At";
                }

                break;
            default:
                errors["open"] = "Search.Error.Open";
                break;
        }

        return Read(filter, instant, index, language, errors);
    }

    /// <summary>The API's <c>openAt</c>: empty (any time), "now", an ISO 8601 instant with offset, or local Finnish time.</summary>
    public (DirectorySearchRequest Request, IReadOnlyDictionary<string, string> Errors) ReadApi(
        string? openAt, DirectoryIndex index, OpeningHoursCalculator calculator, DateTimeOffset now, string language)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var (filter, instant) = (OpenFilter.Any, now);
        if (Empty(openAt) is { } text)
        {
            if (text == "now")
            {
                filter = OpenFilter.Now;
            }
            else if (ReadOpenAt(text, calculator) is { } chosen)
            {
                (filter, instant) = (OpenFilter.At, chosen);
            }
            else
            {
                errors["openAt"] = "Api.Error.OpenAt";
            }
        }

        return Read(filter, instant, index, language, errors);
    }

    /// <summary>An ISO 8601 instant with an offset ("Z", "+02:00"), or a local Finnish time without one; null if neither.</summary>
    public static DateTimeOffset? ReadOpenAt(string text, OpeningHoursCalculator calculator)
    {
        if (ReadLocal(text, calculator) is { } local)
        {
            return local;
        }

        // A "+" left unencoded in a query string arrives as a space: "10:00 02:00" was meant as "10:00+02:00".
        var offsetText = text.Length > 16 && text[16..].Contains(' ', StringComparison.Ordinal) ? text[..16] + text[16..].Replace(' ', '+') : text;
        return DateTimeOffset.TryParseExact(offsetText, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            && instant.Year is >= MinYear and <= MaxYear && HasOffset(offsetText)
            ? instant
            : null;
    }

    /// <summary>Local Finnish time, yyyy-MM-ddTHH:mm (seconds allowed and dropped): the instant it stands for, summer time included.</summary>
    public static DateTimeOffset? ReadLocal(string text, OpeningHoursCalculator calculator)
    {
        if (!DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) || local.Year is < MinYear or > MaxYear)
        {
            return null;
        }

        return calculator.ToInstant(DateOnly.FromDateTime(local), (local.Hour * 60) + local.Minute);
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-');

    private (DirectorySearchRequest, IReadOnlyDictionary<string, string>) Read(
        OpenFilter filter, DateTimeOffset instant, DirectoryIndex index, string language, Dictionary<string, string> errors)
    {
        var region = Empty(Region);
        if (region is not null && region != DirectorySearchRequest.National && !index.IsRegion(region))
        {
            errors["region"] = "Search.Error.Region";
            region = null;
        }

        var topic = Empty(Topic);
        if (topic is not null && !index.IsTopic(topic))
        {
            errors["topic"] = "Search.Error.Topic";
            topic = null;
        }

        var served = Empty(Language)?.ToLowerInvariant();
        if (served is not null && !LanguageCodes.IsKnown(served))
        {
            errors["language"] = "Search.Error.Language";
            served = null;
        }

        var page = Number(Page, "page", DirectorySearchRequest.MaxPage, 1, errors);
        var pageSize = Number(PageSize, "pageSize", DirectorySearchRequest.MaxPageSize, DirectorySearchRequest.DefaultPageSize, errors);
        return (new DirectorySearchRequest(Q, language, instant, filter, region, topic, served, page, pageSize), errors);
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static int Number(string? value, string name, int max, int fallback, Dictionary<string, string> errors)
    {
        if (Empty(value) is not { } text)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > max)
        {
            errors[name] = name == "page" ? "Search.Error.Page" : "Api.Error.PageSize";
            return fallback;
        }

        return number;
    }
}
