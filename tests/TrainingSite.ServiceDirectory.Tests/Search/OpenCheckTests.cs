using TrainingSite.ServiceDirectory.Hours;
using TrainingSite.ServiceDirectory.Models;
using TrainingSite.ServiceDirectory.Search;
using TrainingSite.ServiceDirectory.Services;
using static TrainingSite.ServiceDirectory.Tests.Hours.Schedules;

namespace TrainingSite.ServiceDirectory.Tests.Search;

/// <summary>
/// The search's quick "open at" check answers exactly as the calculator's <c>StatusAt(...).IsOpen</c>, minute by
/// minute around both summer-time changes, over midnight and on exception days.
/// </summary>
public sealed class OpenCheckTests
{
    private readonly OpeningHoursCalculator _calculator = OpeningHoursCalculator.ForFinland();

    public static TheoryData<string, int, int, int> Periods => new()
    {
        { "spring change", 2027, 3, 26 },
        { "autumn change", 2026, 10, 23 },
        { "christmas", 2026, 12, 22 },
    };

    [Theory]
    [MemberData(nameof(Periods))]
    public void IsOpen_ShouldAgreeWithTheCalculator_EveryFiveMinutesOfFourDays(string period, int year, int month, int day)
    {
        var hours = HoursOf(
            [
                .. Ranges(ServiceChannel.InPerson, Weekdays, "09:00", "16:00"),
                .. Ranges(ServiceChannel.InPerson, [DayOfWeek.Saturday], "22:00", "03:30"),
                .. Ranges(ServiceChannel.InPerson, [DayOfWeek.Sunday], "03:00", "04:00"),
                .. Ranges(ServiceChannel.Phone, EveryDay, "00:00", "24:00"),
                .. Ranges(ServiceChannel.Chat, [DayOfWeek.Friday], "20:00", "02:00"),
            ],
            Closed("2026-12-24"),
            Open("2026-12-23", "10:00", "12:00", ServiceChannel.InPerson),
            Closed("2027-03-27", ServiceChannel.Phone));
        var start = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
        var disagreements = new List<string>();

        for (var minutes = 0; minutes < 4 * 24 * 60; minutes += 5)
        {
            var instant = start.AddMinutes(minutes);
            foreach (var channel in Enum.GetValues<ServiceChannel>())
            {
                var expected = _calculator.StatusAt(hours, channel, instant).IsOpen;
                if (OpenCheck.IsOpen(_calculator, hours, channel, instant) != expected)
                {
                    disagreements.Add($"{channel} at {instant:O}: expected open={expected}");
                }
            }
        }

        Assert.True(disagreements.Count == 0, $"{period}: " + string.Join("; ", disagreements.Take(5)));
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public void AnyOpen_ShouldAgreeWithTheCalculator_ByWallClockAndNearSummerTimeChanges(string period, int year, int month, int day)
    {
        var version = new ServicePointVersion
        {
            PointId = "p",
            Schedule =
            [
                .. Ranges(ServiceChannel.InPerson, Weekdays, "09:00", "16:00"),
                .. Ranges(ServiceChannel.InPerson, [DayOfWeek.Saturday], "22:00", "03:30"),
                .. Ranges(ServiceChannel.Phone, [DayOfWeek.Sunday], "00:00", "24:00"),
                .. Ranges(ServiceChannel.Chat, [DayOfWeek.Friday], "20:00", "02:00"),
            ],
            Exceptions = [Closed("2026-12-24"), Open("2026-12-23", "10:00", "12:00", ServiceChannel.InPerson), Closed("2027-03-28", ServiceChannel.Phone)],
        };
        var entry = new DirectoryEntry(new PublishedServicePoint("p", null, version), new PointAnalysis(new Dictionary<string, float>(), new Dictionary<string, string>()));
        var start = new DateTimeOffset(year, month, day, 0, 0, 30, TimeSpan.Zero);
        var disagreements = new List<string>();
        var byWallClock = 0;

        for (var minutes = 0; minutes < 4 * 24 * 60; minutes += 5)
        {
            var instant = start.AddMinutes(minutes);
            var moment = OpenMoment.Of(_calculator, instant);
            byWallClock += moment.ByWallClock ? 1 : 0;
            var expected = entry.Channels.Any(channel => _calculator.StatusAt(entry.Hours, channel, instant).IsOpen);
            if (OpenCheck.AnyOpen(_calculator, entry, moment) != expected)
            {
                disagreements.Add($"{instant:O}: expected open={expected}");
            }
        }

        Assert.True(disagreements.Count == 0, $"{period}: " + string.Join("; ", disagreements.Take(5)));
        Assert.InRange(byWallClock, 1, 4 * 24 * 12);
        Assert.True(period == "christmas" ? byWallClock == 4 * 24 * 12 : byWallClock < 4 * 24 * 12, $"{period}: {byWallClock} by wall clock");
    }

    [Fact]
    public void IsOpen_ShouldBeFalse_OnAClosedExceptionDay_AndTrueOnShortenedHours()
    {
        var hours = HoursOf(Ranges(ServiceChannel.InPerson, Weekdays, "09:00", "16:00"), Closed("2026-12-24"), Open("2026-12-23", "10:00", "12:00"));

        Assert.False(OpenCheck.IsOpen(_calculator, hours, ServiceChannel.InPerson, At(2026, 12, 24, 10, 0, Winter)));
        Assert.True(OpenCheck.IsOpen(_calculator, hours, ServiceChannel.InPerson, At(2026, 12, 23, 11, 0, Winter)));
        Assert.False(OpenCheck.IsOpen(_calculator, hours, ServiceChannel.InPerson, At(2026, 12, 23, 13, 0, Winter)));
    }
}
