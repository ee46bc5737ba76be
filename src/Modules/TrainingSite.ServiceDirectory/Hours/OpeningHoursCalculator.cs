using TrainingSite.ServiceDirectory.Models;

namespace TrainingSite.ServiceDirectory.Hours;

/// <summary>
/// Answers "open now?", "until when?", "when next?" and "the coming week's hours" from a point's schedule in a
/// time zone (Finnish time for the site, summer time included). Pure: no clock and no database, so it is tested
/// at any instant.
/// </summary>
/// <remarks>
/// Wall-clock times that the spring change skips (03:00–04:00 on the last Sunday of March) are read as the first
/// time after the jump (03:30 → 04:00 summer time), and times the autumn change repeats (03:00–04:00 on the last
/// Sunday of October) as their first occurrence, so later times never map to earlier instants.
/// </remarks>
public sealed class OpeningHoursCalculator(TimeZoneInfo zone)
{
    /// <summary>How far ahead the next opening is looked for (a point may close for weeks in summer).</summary>
    public const int LookAheadDays = 62;

    /// <summary>Open longer than this without a break reads as "open around the clock" (no closing time).</summary>
    public static readonly TimeSpan ContinuousLimit = TimeSpan.FromDays(7);

    public const string FinnishTimeZoneId = "Europe/Helsinki";

    public static OpeningHoursCalculator ForFinland() => new(TimeZoneInfo.FindSystemTimeZoneById(FinnishTimeZoneId));

    public TimeZoneInfo Zone => zone;

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, zone);

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>Every channel the point offers, each open (until when) or closed (next opening) at <paramref name="instant"/>.</summary>
    public IReadOnlyList<ChannelStatus> StatusAt(OpeningHours hours, DateTimeOffset instant) =>
        [.. Enum.GetValues<ServiceChannel>().Where(hours.Offers).Select(channel => StatusAt(hours, channel, instant))];

    public ChannelStatus StatusAt(OpeningHours hours, ServiceChannel channel, DateTimeOffset instant)
    {
        DateTimeOffset? until = null;
        foreach (var (opens, closes) in Spans(hours, channel, LocalDate(instant).AddDays(-1), LookAheadDays + 1))
        {
            if (until is null)
            {
                if (opens > instant)
                {
                    return ChannelStatus.Closed(channel, ToLocal(opens));
                }

                if (instant < closes)
                {
                    until = closes;
                }
            }
            else
            {
                // Ranges that meet or overlap (00:00–24:00 every day, a night range after an evening one) are one opening.
                if (opens > until)
                {
                    break;
                }

                if (closes > until)
                {
                    until = closes;
                }
            }

            if (until - instant > ContinuousLimit)
            {
                return ChannelStatus.Open(channel, null);
            }
        }

        return until is null ? ChannelStatus.Closed(channel, null) : ChannelStatus.Open(channel, ToLocal(until.Value));
    }

    /// <summary>The channel's hours for the seven local dates from the one <paramref name="instant"/> falls on, exceptions applied.</summary>
    public IReadOnlyList<DayHours> Week(OpeningHours hours, ServiceChannel channel, DateTimeOffset instant)
    {
        var today = LocalDate(instant);
        return [.. Enumerable.Range(0, 7).Select(offset => hours.Day(channel, today.AddDays(offset)))];
    }

    /// <summary>
    /// The instant a local wall-clock time on a date stands for (<paramref name="minutes"/> may be 1440, the next midnight).
    /// </summary>
    public DateTimeOffset ToInstant(DateOnly date, int minutes)
    {
        var local = date.ToDateTime(TimeOnly.MinValue).AddMinutes(minutes);
        while (zone.IsInvalidTime(local))
        {
            // Skipped by the spring change: the time the clock shows next (a gap of one hour, once a year).
            local = local.AddMinutes(1);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>The channel's openings as instants, ordered by opening, for <paramref name="days"/> local dates from <paramref name="first"/>.</summary>
    private IEnumerable<(DateTimeOffset Opens, DateTimeOffset Closes)> Spans(OpeningHours hours, ServiceChannel channel, DateOnly first, int days)
    {
        for (var offset = 0; offset <= days; offset++)
        {
            var date = first.AddDays(offset);
            foreach (var range in hours.Day(channel, date).Ranges)
            {
                var closesOn = range.PastMidnight || range.Closes == HoursRange.MinutesPerDay ? date.AddDays(1) : date;
                yield return (ToInstant(date, range.Opens), ToInstant(closesOn, range.Closes % HoursRange.MinutesPerDay));
            }
        }
    }
}
