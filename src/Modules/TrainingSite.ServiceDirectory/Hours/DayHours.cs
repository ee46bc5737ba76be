namespace TrainingSite.ServiceDirectory.Hours;

/// <summary>A channel's ranges that start on one local date; none means closed. <see cref="IsException"/>: a dated exception replaced the weekly schedule.</summary>
public sealed record DayHours(DateOnly Date, IReadOnlyList<HoursRange> Ranges, bool IsException, LocalizedText? Note)
{
    public bool IsClosed => Ranges.Count == 0;
}
