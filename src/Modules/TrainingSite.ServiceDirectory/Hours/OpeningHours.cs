using TrainingSite.ServiceDirectory.Models;

namespace TrainingSite.ServiceDirectory.Hours;

/// <summary>A point's weekly schedule and dated exceptions: everything the opening-hours answers are computed from.</summary>
public sealed record OpeningHours(IReadOnlyList<WeeklyRange> Schedule, IReadOnlyList<ExceptionDay> Exceptions)
{
    public static OpeningHours Of(ServicePointVersion version) => new(version.Schedule, version.Exceptions);

    /// <summary>Whether the channel has any hours at all (weekly or on an exception day); chat is often not offered.</summary>
    public bool Offers(ServiceChannel channel) =>
        Schedule.Any(r => r.Channel == channel) || Exceptions.Any(e => e.Channel == channel && !e.Closed);

    /// <summary>
    /// The ranges of a channel that start on a local date: the date's exceptions for the channel if it has any
    /// (else those for every channel), otherwise the weekly schedule. A range of the day before that runs past
    /// midnight belongs to that day, so an exception does not cut it short.
    /// </summary>
    public DayHours Day(ServiceChannel channel, DateOnly date)
    {
        var forChannel = Exceptions.Where(e => e.Date == date && e.Channel == channel).ToList();
        var applied = forChannel.Count > 0 ? forChannel : [.. Exceptions.Where(e => e.Date == date && e.Channel is null)];
        if (applied.Count == 0)
        {
            return new DayHours(date, [.. Schedule
                .Where(r => r.Channel == channel && r.Day == date.DayOfWeek)
                .OrderBy(r => r.Opens)
                .Select(r => new HoursRange(r.Opens, r.Closes))], IsException: false, Note: null);
        }

        var note = applied.Select(e => e.Note).FirstOrDefault(n => n is { Count: > 0 });
        var ranges = applied.Any(e => e.Closed)
            ? []
            : applied.Where(e => e.Opens is not null && e.Closes is not null)
                .OrderBy(e => e.Opens)
                .Select(e => new HoursRange(e.Opens!.Value, e.Closes!.Value))
                .ToList();
        return new DayHours(date, ranges, IsException: true, note);
    }
}
