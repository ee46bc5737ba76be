using TrainingSite.ServiceDirectory.Hours;
using TrainingSite.ServiceDirectory.Models;

namespace TrainingSite.ServiceDirectory.Tests.Hours;

/// <summary>The hours rules the recipe step and the authoring form share: overlaps (across midnight and the week's end) and contradicting exceptions.</summary>
public sealed class OpeningHoursChecksTests
{
    [Fact]
    public void WeeklyOverlaps_ShouldNameEachPairOnce_LaterWrittenWithTheFirst_AndTheDayOfTheLaterStart()
    {
        (string, int, DayOfWeek, int, int)[] ranges =
        [
            ("a", 0, DayOfWeek.Monday, 9 * 60, 12 * 60),
            ("b", 1, DayOfWeek.Monday, 11 * 60, 16 * 60),
            ("c", 2, DayOfWeek.Sunday, 22 * 60, 2 * 60), // past midnight into Monday
            ("d", 3, DayOfWeek.Monday, 60, 3 * 60),
        ];

        var overlaps = OpeningHoursChecks.WeeklyOverlaps(ranges).ToList();

        Assert.Equal([("a", "b", DayOfWeek.Monday), ("c", "d", DayOfWeek.Monday)], overlaps.OrderBy(o => o.Earlier));
    }

    [Fact]
    public void WeeklyOverlaps_ShouldFindNone_WhenRangesOnlyTouch_OrShareTheirOrder()
    {
        (int, int, DayOfWeek, int, int)[] ranges =
        [
            (0, 0, DayOfWeek.Tuesday, 9 * 60, 12 * 60),
            (1, 1, DayOfWeek.Tuesday, 12 * 60, 16 * 60),
            (2, 2, DayOfWeek.Wednesday, 0, HoursRange.MinutesPerDay),
            (2, 2, DayOfWeek.Thursday, 0, HoursRange.MinutesPerDay),
        ];

        Assert.Empty(OpeningHoursChecks.WeeklyOverlaps(ranges));
    }

    [Fact]
    public void ConflictingExceptions_ShouldNameAClosureWithHours_AndOverlappingRanges_PerDateAndChannel()
    {
        var day = new DateOnly(2026, 12, 24);
        (int, ExceptionDay)[] exceptions =
        [
            (0, new ExceptionDay(day, null, true, null, null, null)),
            (1, new ExceptionDay(day, null, false, 600, 720, null)),
            (2, new ExceptionDay(day, ServiceChannel.Phone, false, 600, 720, null)),
            (3, new ExceptionDay(day, ServiceChannel.Phone, false, 720, 780, null)),
            (4, new ExceptionDay(day, ServiceChannel.Chat, false, 600, 720, null)),
            (5, new ExceptionDay(day, ServiceChannel.Chat, false, 700, 800, null)),
        ];

        var conflicts = OpeningHoursChecks.ConflictingExceptions(exceptions).ToList();

        Assert.Equal([(0, 1, day), (4, 5, day)], conflicts);
    }

    [Theory]
    [InlineData(true, false, false, true)]
    [InlineData(true, true, true, false)]
    [InlineData(false, true, true, true)]
    [InlineData(false, true, false, false)]
    [InlineData(false, false, false, false)]
    public void IsClosedOrHasHours_ShouldAcceptClosedOrBothTimes_Only(bool closed, bool opens, bool closes, bool valid) =>
        Assert.Equal(valid, OpeningHoursChecks.IsClosedOrHasHours(closed, opens, closes));
}
