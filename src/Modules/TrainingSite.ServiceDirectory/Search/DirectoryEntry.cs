using TrainingSite.ServiceDirectory.Hours;
using TrainingSite.ServiceDirectory.Models;
using TrainingSite.ServiceDirectory.Services;

namespace TrainingSite.ServiceDirectory.Search;

/// <summary>
/// A published point as the search holds it, with what every search would otherwise compute again: its opening
/// hours, the channels it offers, its languages as a set, and its place in name order per site language.
/// </summary>
public sealed class DirectoryEntry
{
    private readonly int[] _nameOrder = new int[SiteCultures.All.Count];

    /// <summary>Each channel's weekly ranges per weekday, ordered: what <see cref="OpeningHours.Day"/> answers on a day without exceptions.</summary>
    private readonly HoursRange[][][] _weekly;
    private readonly HashSet<DateOnly> _exceptionDates;

    public DirectoryEntry(PublishedServicePoint point)
    {
        Point = point;
        Hours = OpeningHours.Of(point.Version);
        Channels = [.. Enum.GetValues<ServiceChannel>().Where(Hours.Offers)];
        Languages = new HashSet<string>(point.Version.Languages, StringComparer.Ordinal);
        Topics = new HashSet<string>(point.Version.Topics, StringComparer.Ordinal);
        _exceptionDates = [.. point.Version.Exceptions.Select(e => e.Date)];
        _weekly = [.. Enum.GetValues<ServiceChannel>().Select(channel => Enum.GetValues<DayOfWeek>()
            .Select(day => point.Version.Schedule.Where(r => r.Channel == channel && r.Day == day).OrderBy(r => r.Opens).Select(r => new HoursRange(r.Opens, r.Closes)).ToArray())
            .ToArray())];
    }

    public PublishedServicePoint Point { get; }

    public string Id => Point.Id;

    /// <summary>Null: a national service.</summary>
    public string? RegionId => Point.RegionId;

    public ServicePointVersion Version => Point.Version;

    public OpeningHours Hours { get; }

    public IReadOnlyList<ServiceChannel> Channels { get; }

    public IReadOnlySet<string> Languages { get; }

    public IReadOnlySet<string> Topics { get; }

    /// <summary>The channel's ranges that start on a local date, exceptions applied (as <see cref="OpeningHours.Day"/>), without allocating on ordinary days.</summary>
    public IReadOnlyList<HoursRange> RangesOn(ServiceChannel channel, DateOnly date) =>
        _exceptionDates.Contains(date) ? Hours.Day(channel, date).Ranges : _weekly[(int)channel][(int)date.DayOfWeek];

    /// <summary>The point's place among all points sorted by name in <paramref name="language"/> (a site language).</summary>
    public int NameOrder(string language) => _nameOrder[LanguageIndex(language)];

    internal void SetNameOrder(string language, int order) => _nameOrder[LanguageIndex(language)] = order;

    private static int LanguageIndex(string language) => language switch
    {
        "sv" => 1,
        "en" => 2,
        _ => 0,
    };
}
