using System.Globalization;

namespace TrainingSite.ServiceDirectory.Hours;

/// <summary>
/// Opening and closing time in minutes after local midnight. <see cref="Closes"/> is 1440 for "24:00"; a closing
/// time not after the opening time is on the next day.
/// </summary>
public sealed record HoursRange(int Opens, int Closes)
{
    public const int MinutesPerDay = 24 * 60;

    public bool PastMidnight => Closes <= Opens;

    public string OpensText => Format(Opens);

    /// <summary>"24:00" for a range that ends at midnight, so a day reads 00:00–24:00 rather than 00:00–00:00.</summary>
    public string ClosesText => Format(Closes == 0 ? MinutesPerDay : Closes);

    public static string Format(int minutes) =>
        string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:00}:{minutes % 60:00}");
}
