using System.Globalization;
using TrainingSite.Core.Localization;

namespace TrainingSite.Core.Tests.Localization;

public sealed class SiteTimeTests
{
    // 6 December 2026 14:07 UTC is 16:07 in Helsinki (winter time, UTC+2); 1 July 2026 06:05 UTC is 9:05 (summer, UTC+3).
    private static readonly DateTimeOffset Winter = new(2026, 12, 6, 14, 7, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Summer = new(2026, 7, 1, 6, 5, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(2026, 1, 15, "2026-01-14T22:00:00")] // winter: UTC+2
    [InlineData(2026, 7, 1, "2026-06-30T21:00:00")] // summer: UTC+3
    [InlineData(2026, 3, 29, "2026-03-28T22:00:00")] // the day clocks go forward begins in winter time
    public void StartOfDayUtc_ShouldBeFinnishMidnight(int year, int month, int day, string expectedUtc)
    {
        var start = SiteTime.StartOfDayUtc(new DateOnly(year, month, day));

        Assert.Equal(DateTime.Parse(expectedUtc, CultureInfo.InvariantCulture), start);
        Assert.Equal(DateTimeKind.Utc, start.Kind);
    }

    [Theory]
    [InlineData("fi", "6.12.2026 16.07", "1.7.2026 9.05")]
    [InlineData("sv", "6.12.2026 16.07", "1.7.2026 9.05")]
    [InlineData("en", "6.12.2026 16:07", "1.7.2026 9:05")]
    public void DateTime_ShouldBeDayMonthYear_AndTheFinnish24HourClock_InEveryLanguage(string language, string winter, string summer)
    {
        var shown = InUiLanguage(language, () => (SiteTime.DateTime(Winter), SiteTime.DateTime(Summer)));

        Assert.Equal((winter, summer), shown);
    }

    [Theory]
    [InlineData("fi", "16.07")]
    [InlineData("sv", "16.07")]
    [InlineData("en", "16:07")]
    public void Time_ShouldBeTheFinnish24HourClock(string language, string expected)
    {
        Assert.Equal(expected, InUiLanguage(language, () => SiteTime.Time(Winter)));
        Assert.Equal(expected, SiteTime.Time(Winter, language));
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    [InlineData("en")]
    public void Date_ShouldBeTheFinnishDay_TheSameInEveryLanguage(string language)
    {
        // 23:30 UTC on 5 December is already 6 December in Helsinki.
        var lateEvening = new DateTimeOffset(2026, 12, 5, 23, 30, 0, TimeSpan.Zero);

        var shown = InUiLanguage(language, () => (SiteTime.Date(lateEvening), SiteTime.Date(new DateOnly(2026, 12, 6))));

        Assert.Equal(("6.12.2026", "6.12.2026"), shown);
    }

    [Theory]
    [InlineData("fi", "6. joulukuuta 2026")]
    [InlineData("sv", "6 december 2026")]
    [InlineData("en", "6 December 2026")]
    public void LongDate_ShouldNameTheMonth_DayFirst(string language, string expected)
    {
        Assert.Equal(expected, SiteTime.LongDate(Winter, language));
    }

    [Fact]
    public void DateTime_ShouldIgnoreTheFormattingCulture_SoEnglishIsNeverAmerican()
    {
        var shown = InUiLanguage("en", () =>
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
            return SiteTime.DateTime(Winter);
        });

        Assert.DoesNotContain("PM", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("12/6", shown, StringComparison.Ordinal);
        Assert.Equal("6.12.2026 16:07", shown);
    }

    private static T InUiLanguage<T>(string language, Func<T> render)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            return render();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }
}
