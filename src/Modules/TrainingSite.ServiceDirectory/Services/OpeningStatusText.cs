using System.Globalization;
using Microsoft.Extensions.Localization;
using TrainingSite.Core.Localization;
using TrainingSite.ServiceDirectory.Hours;

namespace TrainingSite.ServiceDirectory.Services;

/// <summary>
/// Puts a channel's state into words in a chosen language (the UI's, or the customer's on a referral slip):
/// "Open now until 16:00", "Closed, opens tomorrow at 9:00", "Closed, opens Mon 4.1. at 9:00". Times are Finnish
/// time written as <see cref="SiteTime"/> writes them.
/// </summary>
public sealed class OpeningStatusText(IStringLocalizer<ServiceDirectoryStrings> strings)
{
    private static readonly string[] DayKeys = ["Day.Sun", "Day.Mon", "Day.Tue", "Day.Wed", "Day.Thu", "Day.Fri", "Day.Sat"];

    /// <param name="status">The channel's state at <paramref name="now"/>.</param>
    /// <param name="now">The instant the state is for: "today" and "tomorrow" are counted from its Finnish date.</param>
    /// <param name="language">fi, sv or en.</param>
    /// <param name="atChosenTime">The state at a time the user chose rather than now: "open, closes ..." without "now".</param>
    public string Describe(ChannelStatus status, DateTimeOffset now, string language, bool atChosenTime = false)
    {
        var today = DateOnly.FromDateTime(SiteTime.ToFinnishTime(now).DateTime);
        if (status.IsOpen)
        {
            return status.OpenUntil is { } until
                ? Text(language, atChosenTime ? "Search.Status.OpenUntil" : "Status.OpenUntil", When(until, today, language, closing: true))
                : Text(language, "Status.OpenAroundTheClock");
        }

        return status.NextOpening is { } next
            ? Text(language, "Status.ClosedOpens", When(next, today, language))
            : Text(language, "Status.ClosedNoOpening");
    }

    /// <summary>A short weekday name, e.g. "ma", "mån", "Mon".</summary>
    public string DayName(DayOfWeek day, string language) => Text(language, DayKeys[(int)day]);

    /// <summary>
    /// "16.00" today, "tomorrow at 9.00", "Mon 4.1. at 9.00" on a later day. A <paramref name="closing"/> time at
    /// midnight is the end of the day before, "24.00" as the week table writes it, not "tomorrow at 0.00".
    /// </summary>
    private string When(DateTimeOffset instant, DateOnly today, string language, bool closing = false)
    {
        var local = SiteTime.ToFinnishTime(instant);
        var date = DateOnly.FromDateTime(local.DateTime);
        var time = SiteTime.Time(instant, language);
        if (closing && local.TimeOfDay == TimeSpan.Zero)
        {
            (date, time) = (date.AddDays(-1), SiteTime.ClockTime(HoursRange.MinutesPerDay, language));
        }
        if (date == today)
        {
            return Text(language, "Status.TodayAt", time);
        }

        if (date == today.AddDays(1))
        {
            return Text(language, "Status.TomorrowAt", time);
        }

        var day = string.Create(CultureInfo.InvariantCulture, $"{DayName(date.DayOfWeek, language)} {date.Day}.{date.Month}.");
        return Text(language, "Status.DayAt", day, time);
    }

    private string Text(string language, string key, params object[] arguments) => strings.In(language, key, arguments);
}
