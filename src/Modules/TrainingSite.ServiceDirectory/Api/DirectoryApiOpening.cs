namespace TrainingSite.ServiceDirectory.Api;

/// <summary>
/// A point's opening state at <see cref="At"/> (now, or the <c>openAt</c> asked for): open when any channel is,
/// and each channel it offers.
/// </summary>
public sealed record DirectoryApiOpening(DateTimeOffset At, bool IsOpen, IReadOnlyList<DirectoryApiChannel> Channels);
