using TrainingSite.ServiceDirectory.Models;

namespace TrainingSite.ServiceDirectory.Hours;

/// <summary>
/// A channel's state at an instant. Open: <see cref="OpenUntil"/> is when it closes (local Finnish time), null when it
/// stays open longer than <see cref="OpeningHoursCalculator.ContinuousLimit"/> (around the clock). Closed:
/// <see cref="NextOpening"/> is the next opening (local), null when none within <see cref="OpeningHoursCalculator.LookAheadDays"/>.
/// </summary>
public sealed record ChannelStatus(ServiceChannel Channel, bool IsOpen, DateTimeOffset? OpenUntil, DateTimeOffset? NextOpening)
{
    public static ChannelStatus Open(ServiceChannel channel, DateTimeOffset? until) => new(channel, true, until, null);

    public static ChannelStatus Closed(ServiceChannel channel, DateTimeOffset? next) => new(channel, false, null, next);
}
