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

    /// <summary>Whether any channel the point offers (in person, phone, chat) is open.</summary>
    public static bool AnyOpen(OpeningHoursCalculator calculator, DirectoryEntry entry, DateTimeOffset instant)
    {
        foreach (var channel in entry.Channels)
        {
            if (IsOpen(calculator, entry.Hours, channel, instant))
            {
                return true;
            }
        }

        return false;
    }
}
