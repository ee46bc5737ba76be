using TrainingSite.ServiceDirectory.Hours;
using TrainingSite.ServiceDirectory.Models;
using TrainingSite.ServiceDirectory.Services;

namespace TrainingSite.ServiceDirectory.Search;

/// <summary>
/// A published point as the search holds it, with what every search would otherwise compute again: its analysed
/// words, its opening hours, the channels it offers, its languages as a set. Immutable, so the next snapshot reuses
/// it while its version stays published.
/// </summary>
public sealed class DirectoryEntry
{
    /// <summary>Each channel's weekly ranges per weekday, ordered: what <see cref="OpeningHours.Day"/> answers on a day without exceptions.</summary>
    private readonly HoursRange[][][] _weekly;
    private readonly HashSet<DateOnly> _exceptionDates;

    public DirectoryEntry(PublishedServicePoint point, PointAnalysis analysis)
    {
        Point = point;
        Analysis = analysis;
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

    /// <summary>The terms the point's texts give, for the inverted index.</summary>
    public PointAnalysis Analysis { get; }

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
}
