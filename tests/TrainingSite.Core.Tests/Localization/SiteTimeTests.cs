using TrainingSite.Core.Localization;

namespace TrainingSite.Core.Tests.Localization;

public sealed class SiteTimeTests
{
    [Theory]
    [InlineData(2026, 1, 15, "2026-01-14T22:00:00")] // winter: UTC+2
    [InlineData(2026, 7, 1, "2026-06-30T21:00:00")] // summer: UTC+3
    [InlineData(2026, 3, 29, "2026-03-28T22:00:00")] // the day clocks go forward begins in winter time
    public void StartOfDayUtc_ShouldBeFinnishMidnight(int year, int month, int day, string expectedUtc)
    {
        var start = SiteTime.StartOfDayUtc(new DateOnly(year, month, day));

        Assert.Equal(DateTime.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), start);
        Assert.Equal(DateTimeKind.Utc, start.Kind);
    }
}
