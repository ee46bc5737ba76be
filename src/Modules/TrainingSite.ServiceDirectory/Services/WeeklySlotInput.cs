namespace TrainingSite.ServiceDirectory.Services;

/// <summary>
/// One cell of the weekly hours grid: a channel's opening range on a weekday (<c>Input.Hours[5].Opens</c>). The channel
/// and day are the recipe's names (<c>inPerson</c>, <c>mon</c>), posted as hidden fields; both times empty is no range.
/// </summary>
public sealed class WeeklySlotInput
{
    public string? Channel { get; set; }

    public string? Day { get; set; }

    public string? Opens { get; set; }

    public string? Closes { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Opens) && string.IsNullOrWhiteSpace(Closes);
}
