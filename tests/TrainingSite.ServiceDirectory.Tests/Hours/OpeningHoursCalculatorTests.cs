using TrainingSite.Abstractions.Localization;
using TrainingSite.ServiceDirectory.Hours;
using TrainingSite.ServiceDirectory.Models;
using static TrainingSite.ServiceDirectory.Tests.Hours.Schedules;

namespace TrainingSite.ServiceDirectory.Tests.Hours;

/// <summary>"Open now", "until when" and "next opening" in Finnish time: summer time, midnight, 24:00 and exceptions.</summary>
public sealed class OpeningHoursCalculatorTests
{
    private const ServiceChannel InPerson = ServiceChannel.InPerson;
    private const ServiceChannel Phone = ServiceChannel.Phone;

    private readonly OpeningHoursCalculator _calculator = OpeningHoursCalculator.ForFinland();

    [Fact]
    public void StatusAt_ShouldBeOpenUntilLocalClosing_WhenInsideWeekdayHoursInSummer()
    {
        var hours = HoursOf(Ranges(InPerson, Weekdays, "09:00", "16:00"));

        var status = _calculator.StatusAt(hours, InPerson, Utc(2026, 7, 1, 6, 30));

        Assert.True(status.IsOpen);
        Assert.Equal(At(2026, 7, 1, 16, 0, Summer), status.OpenUntil);
        Assert.Equal(Summer, status.OpenUntil!.Value.Offset);
        Assert.Null(status.NextOpening);
    }

    [Fact]
    public void StatusAt_ShouldBeClosedUntilNine_WhenTheSameUtcTimeIsBeforeOpeningInWinter()
    {
        var hours = HoursOf(Ranges(InPerson, Weekdays, "09:00", "16:00"));

        var status = _calculator.StatusAt(hours, InPerson, Utc(2026, 1, 7, 6, 30));

        Assert.False(status.IsOpen);
        Assert.Null(status.OpenUntil);
        Assert.Equal(At(2026, 1, 7, 9, 0, Winter), status.NextOpening);
        Assert.Equal(Winter, status.NextOpening!.Value.Offset);
    }

    [Fact]
    public void StatusAt_ShouldCloseAtTheLocalTime_WhenTheRangeSpansTheSpringChange()
    {
        // Sunday 29 March 2026: at 03:00 the clocks go to 04:00. Open 02:00–06:00 local is three real hours.
        var hours = HoursOf(Ranges(Phone, [DayOfWeek.Sunday], "02:00", "06:00"));

        var beforeJump = _calculator.StatusAt(hours, Phone, At(2026, 3, 29, 2, 59, Winter));
        var afterJump = _calculator.StatusAt(hours, Phone, At(2026, 3, 29, 4, 0, Summer));
        var atClosing = _calculator.StatusAt(hours, Phone, Utc(2026, 3, 29, 3, 0));

        Assert.True(beforeJump.IsOpen);
        Assert.Equal(At(2026, 3, 29, 6, 0, Summer), beforeJump.OpenUntil);
        Assert.True(afterJump.IsOpen);
        Assert.False(atClosing.IsOpen);
        Assert.Equal(At(2026, 4, 5, 2, 0, Summer), atClosing.NextOpening);
    }

    [Fact]
    public void StatusAt_ShouldOpenWhenTheClockNextShowsATime_WhenTheOpeningTimeIsSkippedBySpringChange()
    {
        // 03:30 does not exist on 29 March 2026: the point opens when the clock shows 04:00 summer time.
        var hours = HoursOf(Ranges(Phone, [DayOfWeek.Sunday], "03:30", "05:00"));

        var status = _calculator.StatusAt(hours, Phone, At(2026, 3, 29, 2, 30, Winter));

        Assert.False(status.IsOpen);
        Assert.Equal(At(2026, 3, 29, 4, 0, Summer), status.NextOpening);
        Assert.Equal(At(2026, 3, 29, 4, 0, Summer), _calculator.ToInstant(new DateOnly(2026, 3, 29), Minutes("03:30")));
    }

    [Fact]
    public void StatusAt_ShouldStayOpenTwentyFiveHours_WhenADayOfTwentyFourHoursSpansTheAutumnChange()
    {
        // Sunday 25 October 2026: at 04:00 summer time the clocks go back to 03:00; the day lasts 25 hours.
        var hours = HoursOf(Ranges(Phone, [DayOfWeek.Sunday], "00:00", "24:00"));

        var firstThreeThirty = _calculator.StatusAt(hours, Phone, At(2026, 10, 25, 3, 30, Summer));
        var secondThreeThirty = _calculator.StatusAt(hours, Phone, At(2026, 10, 25, 3, 30, Winter));
        var lastMinute = _calculator.StatusAt(hours, Phone, At(2026, 10, 25, 23, 59, Winter));
        var atMidnight = _calculator.StatusAt(hours, Phone, At(2026, 10, 26, 0, 0, Winter));

        Assert.True(firstThreeThirty.IsOpen);
        Assert.True(secondThreeThirty.IsOpen);
        Assert.Equal(At(2026, 10, 26, 0, 0, Winter), secondThreeThirty.OpenUntil);
        Assert.True(lastMinute.IsOpen);
        Assert.False(atMidnight.IsOpen);
        Assert.Equal(At(2026, 11, 1, 0, 0, Winter), atMidnight.NextOpening);
        Assert.Equal(TimeSpan.FromHours(25), secondThreeThirty.OpenUntil!.Value - At(2026, 10, 25, 0, 0, Summer));
    }

    [Fact]
    public void StatusAt_ShouldReadARepeatedTimeAsItsFirstOccurrence_OnTheAutumnChange()
    {
        var hours = HoursOf(Ranges(Phone, [DayOfWeek.Sunday], "03:00", "03:30"));

        var duringFirst = _calculator.StatusAt(hours, Phone, At(2026, 10, 25, 3, 15, Summer));
        var duringSecond = _calculator.StatusAt(hours, Phone, At(2026, 10, 25, 3, 15, Winter));

        Assert.True(duringFirst.IsOpen);
        Assert.Equal(At(2026, 10, 25, 3, 30, Summer), duringFirst.OpenUntil);
        Assert.False(duringSecond.IsOpen);
    }

    [Fact]
    public void StatusAt_ShouldUseWinterTime_OnTheMondayAfterTheAutumnChange()
    {
        var hours = HoursOf(Ranges(InPerson, Weekdays, "09:00", "16:00"));

        var status = _calculator.StatusAt(hours, InPerson, Utc(2026, 10, 26, 6, 59));

        Assert.False(status.IsOpen);
        Assert.Equal(Utc(2026, 10, 26, 7, 0), status.NextOpening);
        Assert.Equal(At(2026, 10, 26, 9, 0, Winter), status.NextOpening);
    }

    [Fact]
    public void StatusAt_ShouldBeOpenAfterMidnight_WhenTheRangeRunsPastMidnight()
    {
        // Friday 11 December 2026, 22:00 until 02:00 on Saturday.
        var hours = HoursOf(Ranges(Phone, [DayOfWeek.Friday], "22:00", "02:00"));

        var saturdayNight = _calculator.StatusAt(hours, Phone, At(2026, 12, 12, 1, 0, Winter));
        var atClosing = _calculator.StatusAt(hours, Phone, At(2026, 12, 12, 2, 0, Winter));

        Assert.True(saturdayNight.IsOpen);
        Assert.Equal(At(2026, 12, 12, 2, 0, Winter), saturdayNight.OpenUntil);
        Assert.False(atClosing.IsOpen);
        Assert.Equal(At(2026, 12, 18, 22, 0, Winter), atClosing.NextOpening);
    }

    [Fact]
    public void StatusAt_ShouldBeClosedAtMidnight_WhenTheDayEndsAtTwentyFour()
    {
        var hours = HoursOf(Ranges(InPerson, [DayOfWeek.Monday], "18:00", "24:00"));

        var justBefore = _calculator.StatusAt(hours, InPerson, At(2026, 12, 7, 23, 59, Winter));
        var atMidnight = _calculator.StatusAt(hours, InPerson, At(2026, 12, 8, 0, 0, Winter));

        Assert.True(justBefore.IsOpen);
        Assert.Equal(At(2026, 12, 8, 0, 0, Winter), justBefore.OpenUntil);
        Assert.False(atMidnight.IsOpen);
        Assert.Equal(At(2026, 12, 14, 18, 0, Winter), atMidnight.NextOpening);
    }

    [Fact]
    public void StatusAt_ShouldJoinRangesThatMeetAtMidnight_IntoOneOpening()
    {
        var hours = HoursOf(Ranges(Phone, Weekdays, "08:00", "24:00").Concat(Ranges(Phone, [DayOfWeek.Tuesday], "00:00", "02:00")));

        var status = _calculator.StatusAt(hours, Phone, At(2026, 12, 7, 23, 0, Winter));

        Assert.True(status.IsOpen);
        Assert.Equal(At(2026, 12, 8, 2, 0, Winter), status.OpenUntil);
    }

    [Fact]
    public void StatusAt_ShouldHaveNoClosingTime_WhenOpenAroundTheClock()
    {
        var hours = HoursOf(Ranges(Phone, EveryDay, "00:00", "24:00"));

        var status = _calculator.StatusAt(hours, Phone, At(2026, 12, 7, 12, 0, Winter));

        Assert.True(status.IsOpen);
        Assert.Null(status.OpenUntil);
    }

    [Fact]
    public void StatusAt_ShouldBeClosed_OnADateClosedByAnException()
    {
        var hours = HoursOf(Ranges(InPerson, Weekdays, "09:00", "16:00").Concat(Ranges(Phone, Weekdays, "09:00", "16:00")), Closed("2026-12-24"));

        var inPerson = _calculator.StatusAt(hours, InPerson, At(2026, 12, 24, 10, 0, Winter));
        var phone = _calculator.StatusAt(hours, Phone, At(2026, 12, 24, 10, 0, Winter));

        Assert.False(inPerson.IsOpen);
        Assert.Equal(At(2026, 12, 25, 9, 0, Winter), inPerson.NextOpening);
        Assert.False(phone.IsOpen);
    }

    [Fact]
    public void StatusAt_ShouldFollowTheShortenedHours_OnlyOnTheExceptionsChannel()
    {
        var hours = HoursOf(
            Ranges(InPerson, Weekdays, "09:00", "16:00").Concat(Ranges(Phone, Weekdays, "09:00", "16:00")),
            Open("2026-12-31", "09:00", "13:00", InPerson));

        var inPerson = _calculator.StatusAt(hours, InPerson, At(2026, 12, 31, 13, 30, Winter));
        var phone = _calculator.StatusAt(hours, Phone, At(2026, 12, 31, 13, 30, Winter));
        var morning = _calculator.StatusAt(hours, InPerson, At(2026, 12, 31, 10, 0, Winter));

        Assert.False(inPerson.IsOpen);
        Assert.Equal(At(2027, 1, 1, 9, 0, Winter), inPerson.NextOpening);
        Assert.True(phone.IsOpen);
        Assert.Equal(At(2026, 12, 31, 16, 0, Winter), phone.OpenUntil);
        Assert.Equal(At(2026, 12, 31, 13, 0, Winter), morning.OpenUntil);
    }

    [Fact]
    public void StatusAt_ShouldPreferTheChannelsOwnException_OverOneForEveryChannel()
    {
        var hours = HoursOf(
            Ranges(InPerson, Weekdays, "09:00", "16:00").Concat(Ranges(Phone, Weekdays, "09:00", "16:00")),
            Closed("2026-12-24"),
            Open("2026-12-24", "10:00", "12:00", Phone));

        var phone = _calculator.StatusAt(hours, Phone, At(2026, 12, 24, 10, 30, Winter));
        var inPerson = _calculator.StatusAt(hours, InPerson, At(2026, 12, 24, 10, 30, Winter));

        Assert.True(phone.IsOpen);
        Assert.Equal(At(2026, 12, 24, 12, 0, Winter), phone.OpenUntil);
        Assert.False(inPerson.IsOpen);
    }

    [Fact]
    public void StatusAt_ShouldFindTheNextOpeningDaysAway_WhenAWholeWeekIsClosed()
    {
        var hours = HoursOf(
            Ranges(InPerson, Weekdays, "09:00", "16:00"),
            [.. Enumerable.Range(21, 7).Select(day => Closed($"2026-12-{day}"))]);

        var status = _calculator.StatusAt(hours, InPerson, At(2026, 12, 21, 10, 0, Winter));
        var week = _calculator.Week(hours, InPerson, At(2026, 12, 21, 10, 0, Winter));

        Assert.False(status.IsOpen);
        Assert.Equal(At(2026, 12, 28, 9, 0, Winter), status.NextOpening);
        Assert.All(week, day => Assert.True(day.IsClosed && day.IsException));
    }

    [Fact]
    public void StatusAt_ShouldHaveNoNextOpening_WhenTheChannelNeverOpens()
    {
        var hours = HoursOf(Ranges(InPerson, Weekdays, "09:00", "16:00"));

        var chat = _calculator.StatusAt(hours, ServiceChannel.Chat, At(2026, 12, 7, 10, 0, Winter));
        var all = _calculator.StatusAt(hours, At(2026, 12, 7, 10, 0, Winter));

        Assert.False(chat.IsOpen);
        Assert.Null(chat.NextOpening);
        Assert.Equal([ServiceChannel.InPerson], all.Select(s => s.Channel));
    }

    [Fact]
    public void Week_ShouldStartOnTheLocalDate_AndApplyExceptionsWithTheirNotes()
    {
        // 22:30 UTC on Sunday 20 December is already Monday 21 December in Finland.
        var note = new LocalizedText(new Dictionary<string, string> { ["fi"] = "Jouluaatto", ["en"] = "Christmas Eve" });
        var hours = HoursOf(
            Ranges(InPerson, Weekdays, "09:00", "16:00"),
            new ExceptionDay(new DateOnly(2026, 12, 24), null, true, null, null, note),
            Open("2026-12-23", "09:00", "12:00"));

        var week = _calculator.Week(hours, InPerson, Utc(2026, 12, 20, 22, 30));

        Assert.Equal(new DateOnly(2026, 12, 21), week[0].Date);
        Assert.Equal(7, week.Count);
        Assert.Equal(["09:00–16:00", "09:00–16:00", "09:00–12:00", "", "09:00–16:00", "", ""], week.Select(Text));
        Assert.Equal([false, false, true, true, false, false, false], week.Select(d => d.IsException));
        Assert.Equal("Jouluaatto", week[3].Note!["fi"]);
    }

    [Fact]
    public void Week_ShouldKeepANightRangeOnTheDayItStarts_AndWriteMidnightAsTwentyFour()
    {
        var hours = HoursOf(Ranges(Phone, [DayOfWeek.Friday], "22:00", "02:00").Concat(Ranges(Phone, [DayOfWeek.Monday], "18:00", "24:00")));

        var week = _calculator.Week(hours, Phone, At(2026, 12, 7, 12, 0, Winter));

        Assert.Equal(["18:00–24:00", "", "", "", "22:00–02:00", "", ""], week.Select(Text));
        Assert.True(week[4].Ranges[0].PastMidnight);
    }

    private static string Text(DayHours day) => string.Join(", ", day.Ranges.Select(r => $"{r.OpensText}–{r.ClosesText}"));
}
