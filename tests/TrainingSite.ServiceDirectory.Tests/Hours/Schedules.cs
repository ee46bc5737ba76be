using TrainingSite.ServiceDirectory.Hours;
using TrainingSite.ServiceDirectory.Models;

namespace TrainingSite.ServiceDirectory.Tests.Hours;

/// <summary>Short ways to write schedules and instants in the tests: local times as "HH:MM", instants with their offset.</summary>
internal static class Schedules
{
    public static readonly TimeSpan Winter = TimeSpan.FromHours(2);
    public static readonly TimeSpan Summer = TimeSpan.FromHours(3);

    public static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static readonly DayOfWeek[] EveryDay = [.. Enum.GetValues<DayOfWeek>()];

    public static IEnumerable<WeeklyRange> Ranges(ServiceChannel channel, IEnumerable<DayOfWeek> days, string opens, string closes) =>
        days.Select(day => new WeeklyRange(channel, day, Minutes(opens), Minutes(closes)));

    public static OpeningHours HoursOf(IEnumerable<WeeklyRange> schedule, params ExceptionDay[] exceptions) => new([.. schedule], exceptions);

    public static ExceptionDay Closed(string date, ServiceChannel? channel = null) =>
        new(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), channel, true, null, null, null);

    public static ExceptionDay Open(string date, string opens, string closes, ServiceChannel? channel = null) =>
        new(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), channel, false, Minutes(opens), Minutes(closes), null);

    /// <summary>An instant written as the wall clock in Finland shows it, with the offset in force then.</summary>
    public static DateTimeOffset At(int year, int month, int day, int hour, int minute, TimeSpan offset) => new(year, month, day, hour, minute, 0, offset);

    public static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    public static int Minutes(string time) => (int.Parse(time[..2], System.Globalization.CultureInfo.InvariantCulture) * 60) + int.Parse(time[3..], System.Globalization.CultureInfo.InvariantCulture);
}
