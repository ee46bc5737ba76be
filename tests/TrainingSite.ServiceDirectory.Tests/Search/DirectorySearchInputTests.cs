using TrainingSite.ServiceDirectory.Hours;
using TrainingSite.ServiceDirectory.Search;
using static TrainingSite.ServiceDirectory.Tests.Hours.Schedules;

namespace TrainingSite.ServiceDirectory.Tests.Search;

/// <summary>The "open at" times the page and the API accept: local Finnish time (summer time included) or an instant with an offset.</summary>
public sealed class DirectorySearchInputTests
{
    private readonly OpeningHoursCalculator _calculator = OpeningHoursCalculator.ForFinland();

    [Theory]
    [InlineData("2026-12-07T10:00", 2026, 12, 7, 8, 0)]
    [InlineData("2026-07-01T10:00", 2026, 7, 1, 7, 0)]
    [InlineData("2026-07-01T10:00:59", 2026, 7, 1, 7, 0)]
    [InlineData("2027-03-28T03:30", 2027, 3, 28, 1, 0)]
    [InlineData("2026-12-07T10:00+02:00", 2026, 12, 7, 8, 0)]
    [InlineData("2026-12-07T10:00Z", 2026, 12, 7, 10, 0)]
    [InlineData("2026-12-07T10:00:00.000-05:00", 2026, 12, 7, 15, 0)]
    [InlineData("2026-12-07T10:00 02:00", 2026, 12, 7, 8, 0)]
    public void ReadOpenAt_ShouldReadTheInstantMeant(string text, int year, int month, int day, int hour, int minute)
    {
        var instant = DirectorySearchInput.ReadOpenAt(text, _calculator);

        Assert.Equal(Utc(year, month, day, hour, minute), instant);
    }

    [Theory]
    [InlineData("now")]
    [InlineData("tomorrow")]
    [InlineData("2026-13-07T10:00")]
    [InlineData("2026-12-07")]
    [InlineData("0001-01-01T00:00")]
    [InlineData("9999-12-31T23:59+14:00")]
    [InlineData("2026-12-07T10:00+25:00")]
    [InlineData("\uFFFE\uD800")]
    public void ReadOpenAt_ShouldBeNull_WhenTheTextIsNotATime(string text)
    {
        Assert.Null(DirectorySearchInput.ReadOpenAt(text, _calculator));
    }
}
