namespace TrainingSite.ServiceDirectory.Models;

/// <summary>
/// A dated change to the weekly schedule (a public holiday, a closure, shorter hours). Without a channel it
/// applies to every channel. <see cref="Closed"/>, or its own range (<see cref="Opens"/>, <see cref="Closes"/>,
/// minutes after midnight as in <see cref="WeeklyRange"/>), replaces the ranges that start on that date.
/// </summary>
public sealed record ExceptionDay(DateOnly Date, ServiceChannel? Channel, bool Closed, int? Opens, int? Closes, LocalizedText? Note)
{
    public bool AppliesTo(ServiceChannel channel) => Channel is null || Channel == channel;
}
