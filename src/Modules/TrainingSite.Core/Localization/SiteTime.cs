using System.Globalization;

namespace TrainingSite.Core.Localization;

/// <summary>Times are stored in UTC and shown in Finnish time (Europe/Helsinki), formatted for the user's culture.</summary>
public static class SiteTime
{
    private static readonly TimeZoneInfo Finland = Find();

    public static DateTimeOffset ToFinnishTime(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, Finland);

    /// <summary>Date and time, e.g. "23.11.2026 klo 9.05" in Finnish, "23/11/2026 09:05" in English.</summary>
    public static string DateTime(DateTimeOffset time) => ToFinnishTime(time).ToString("g", CultureInfo.CurrentCulture);

    public static string Date(DateTimeOffset time) => ToFinnishTime(time).ToString("d", CultureInfo.CurrentCulture);

    /// <summary>A calendar day in the UI language's short form, e.g. "6.12.2026".</summary>
    public static string Date(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);

    /// <summary>Month and year, e.g. "11/2026": how a review date is shown, the same in every language.</summary>
    public static string MonthYear(DateOnly date) => date.ToString("M/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The moment a Finnish calendar day begins, in UTC (for filters by period: from this day's start, to the next's).</summary>
    public static DateTime StartOfDayUtc(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Finland.GetUtcOffset(local)).UtcDateTime;
    }

    /// <summary>Today in Finland.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(ToFinnishTime(DateTimeOffset.UtcNow).DateTime);

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");
        }
        catch (TimeZoneNotFoundException)
        {
            // Without time zone data the site still works; times are then shown in UTC.
            return TimeZoneInfo.Utc;
        }
    }
}
