using TrainingSite.ServiceDirectory.Hours;

namespace TrainingSite.ServiceDirectory.Search;

/// <summary>
/// The instant a search asks "open?" about, worked out once for every point: its local Finnish date and minute, and
/// whether the wall clock can be trusted (<see cref="ByWallClock"/>: no summer-time change on the day or the day
/// before; near one, each point is checked instant by instant as the calculator does).
/// </summary>
public sealed record OpenMoment(DateTimeOffset Instant, DateOnly Date, int Minute, bool ByWallClock)
{
    public static OpenMoment Of(OpeningHoursCalculator calculator, DateTimeOffset instant)
    {
        var local = calculator.ToLocal(instant);
        var date = DateOnly.FromDateTime(local.DateTime);
        var offsets = Enumerable.Range(-1, 3)
            .Select(day => calculator.Zone.GetUtcOffset(date.AddDays(day).ToDateTime(TimeOnly.MinValue)))
            .Append(calculator.Zone.GetUtcOffset(date.AddDays(2).ToDateTime(TimeOnly.MinValue)))
            .Distinct()
            .Count();
        return new OpenMoment(instant, date, (local.Hour * 60) + local.Minute, ByWallClock: offsets == 1);
    }
}
