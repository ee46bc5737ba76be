using System.Text.Json.Serialization;

namespace TrainingSite.ServiceDirectory.Models;

/// <summary>
/// One opening range of a channel on a weekday, in local Finnish time, as minutes after midnight.
/// <see cref="Closes"/> may be 1440 ("24:00"); a value not after <see cref="Opens"/> means the range runs past
/// midnight into the next day.
/// </summary>
public sealed record WeeklyRange(ServiceChannel Channel, DayOfWeek Day, int Opens, int Closes)
{
    [JsonIgnore]
    public bool PastMidnight => Closes <= Opens;
}
