using TrainingSite.ServiceDirectory.Hours;
using TrainingSite.ServiceDirectory.Models;
using TrainingSite.ServiceDirectory.Services;
using TrainingSite.Tests.Shared;

namespace TrainingSite.ServiceDirectory.Tests.Services;

/// <summary>Which words a channel's state is put in (the keys and their arguments, through an echoing localizer), in Finnish time.</summary>
public sealed class OpeningStatusTextTests
{
    private static readonly OpeningStatusText Text = new(new EchoLocalizer<ServiceDirectoryStrings>());

    /// <summary>Wednesday 23.12.2026 at 20.00 in Finland (UTC+2).</summary>
    private static readonly DateTimeOffset Evening = new(2026, 12, 23, 18, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("fi", "Status.TodayAt(24.00)")]
    [InlineData("en", "Status.TodayAt(24:00)")]
    public void OpenUntilMidnight_ShouldCloseToday_At24_NotTomorrowAtZero(string language, string expected)
    {
        var midnight = new DateTimeOffset(2026, 12, 23, 22, 0, 0, TimeSpan.Zero);

        var text = Text.Describe(ChannelStatus.Open(ServiceChannel.Phone, midnight), Evening, language);

        Assert.Equal($"Status.OpenUntil({expected})", text);
    }

    [Fact]
    public void OpeningAtMidnight_ShouldStillOpenTomorrowAtZero()
    {
        var midnight = new DateTimeOffset(2026, 12, 23, 22, 0, 0, TimeSpan.Zero);

        var text = Text.Describe(ChannelStatus.Closed(ServiceChannel.Phone, midnight), Evening, "fi");

        Assert.Equal("Status.ClosedOpens(Status.TomorrowAt(0.00))", text);
    }

    [Fact]
    public void OpenUntilTheAfternoon_ShouldCloseTodayAtItsTime()
    {
        var morning = new DateTimeOffset(2026, 12, 23, 8, 0, 0, TimeSpan.Zero);

        var text = Text.Describe(ChannelStatus.Open(ServiceChannel.InPerson, morning.AddHours(6)), morning, "fi");

        Assert.Equal("Status.OpenUntil(Status.TodayAt(16.00))", text);
    }
}
