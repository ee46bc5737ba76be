using System.Globalization;
using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Core.Localization;

/// <summary>
/// The one place dates and times are put into words. Times are stored in UTC and always shown in Finnish time
/// (Europe/Helsinki), written the way a Finnish service writes them in every language: day, month, year and the
/// 24-hour clock. Finnish and Swedish "6.12.2026 16.07" (Finland's Swedish follows the Finnish dot), English
/// "6.12.2026 16:07" (the same numbers with the colon an English reader expects), never "12/6/2026 4:07 PM".
/// The patterns are fixed here rather than taken from a culture's defaults, whose English is American.
/// </summary>
public static class SiteTime
{
    private const string DatePattern = "d'.'M'.'yyyy";

    private static readonly TimeZoneInfo Finland = Find();

    public static DateTimeOffset ToFinnishTime(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, Finland);

    /// <summary>Date and time in the UI language, e.g. "6.12.2026 16.07" (fi, sv) or "6.12.2026 16:07" (en).</summary>
    public static string DateTime(DateTimeOffset time) => DateTime(time, SiteCultures.Current);

    public static string DateTime(DateTimeOffset time, string language) => Format(ToFinnishTime(time), $"{DatePattern} {TimePattern(language)}");

    /// <summary>The Finnish day of a moment, e.g. "6.12.2026".</summary>
    public static string Date(DateTimeOffset time) => Format(ToFinnishTime(time), DatePattern);

    /// <summary>A calendar day, e.g. "6.12.2026", the same in every language.</summary>
    public static string Date(DateOnly date) => date.ToString(DatePattern, CultureInfo.InvariantCulture);

    /// <summary>The Finnish time of day in the UI language, e.g. "16.07" (fi, sv) or "16:07" (en).</summary>
    public static string Time(DateTimeOffset time) => Time(time, SiteCultures.Current);

    public static string Time(DateTimeOffset time, string language) => Format(ToFinnishTime(time), TimePattern(language));

    /// <summary>
    /// A wall-clock time given as minutes after midnight (opening hours), written as <see cref="Time(DateTimeOffset, string)"/>
    /// writes times: "9.00", "16.30", "24.00" (fi, sv) or "9:00" (en). 1440 is "24.00", the end of the day.
    /// </summary>
    public static string ClockTime(int minutesAfterMidnight, string language)
    {
        var separator = language == "en" ? ":" : ".";
        return string.Create(CultureInfo.InvariantCulture, $"{minutesAfterMidnight / 60}{separator}{minutesAfterMidnight % 60:00}");
    }

    /// <summary>
    /// A day in words, as a certificate prints it: "6. joulukuuta 2026", "6 december 2026", "6 December 2026"
    /// (day, month, year in every language; British English names the month).
    /// </summary>
    public static string LongDate(DateTimeOffset time, string language)
    {
        var (pattern, culture) = language switch
        {
            "sv" => ("d MMMM yyyy", "sv-FI"),
            "en" => ("d MMMM yyyy", "en-GB"),
            _ => ("d. MMMM yyyy", "fi-FI"),
        };
        return ToFinnishTime(time).ToString(pattern, CultureInfo.GetCultureInfo(culture));
    }

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

    // Quoted separators: the pattern's ':' and '.' are printed as written, whatever the formatting culture's separators.
    private static string TimePattern(string language) => language == "en" ? "H':'mm" : "H'.'mm";

    private static string Format(DateTimeOffset time, string pattern) => time.ToString(pattern, CultureInfo.InvariantCulture);

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
