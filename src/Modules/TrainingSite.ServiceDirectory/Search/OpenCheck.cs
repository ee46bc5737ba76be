using TrainingSite.ServiceDirectory.Hours;
using TrainingSite.ServiceDirectory.Models;

namespace TrainingSite.ServiceDirectory.Search;

/// <summary>
/// "Is this channel open at this instant?" with the same answer as <see cref="OpeningHoursCalculator.StatusAt(OpeningHours, ServiceChannel, DateTimeOffset)"/>'s
/// <c>IsOpen</c>, but looking only at the ranges that start on the instant's local date and the day before (no
/// range is longer than a day, so no other can cover it), without working out until when: the filter asks it of
/// every candidate point, the result list asks the calculator for the few points it shows.
/// </summary>
public static class OpenCheck
{
    public static bool IsOpen(OpeningHoursCalculator calculator, OpeningHours hours, ServiceChannel channel, DateTimeOffset instant)
    {
        var today = calculator.LocalDate(instant);
        foreach (var date in (ReadOnlySpan<DateOnly>)[today.AddDays(-1), today])
        {
            foreach (var range in hours.Day(channel, date).Ranges)
            {
                var closesOn = range.PastMidnight || range.Closes == HoursRange.MinutesPerDay ? date.AddDays(1) : date;
                if (calculator.ToInstant(date, range.Opens) <= instant && instant < calculator.ToInstant(closesOn, range.Closes % HoursRange.MinutesPerDay))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether any channel the point offers (in person, phone, chat) is open at the moment.</summary>
    public static bool AnyOpen(OpeningHoursCalculator calculator, DirectoryEntry entry, OpenMoment moment)
    {
        foreach (var channel in entry.Channels)
        {
            if (moment.ByWallClock ? IsOpenByWallClock(entry, channel, moment) : IsOpen(calculator, entry.Hours, channel, moment.Instant))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Away from a summer-time change the local clock maps one to one onto instants, so comparing minutes of the day
    /// answers as comparing instants does: a range of today covers from its opening to its closing (to midnight when it
    /// runs past it or ends at 24:00), and one of yesterday that runs past midnight covers today until it closes.
    /// </summary>
    private static bool IsOpenByWallClock(DirectoryEntry entry, ServiceChannel channel, OpenMoment moment)
    {
        foreach (var range in entry.RangesOn(channel, moment.Date))
        {
            if (range.Opens <= moment.Minute && (range.PastMidnight || range.Closes == HoursRange.MinutesPerDay || moment.Minute < range.Closes))
            {
                return true;
            }
        }

        foreach (var range in entry.RangesOn(channel, moment.Date.AddDays(-1)))
        {
            if (range.PastMidnight && moment.Minute < range.Closes)
            {
                return true;
            }
        }

        return false;
    }
}
