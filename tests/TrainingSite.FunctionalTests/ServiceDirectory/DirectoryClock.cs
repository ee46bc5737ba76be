namespace TrainingSite.FunctionalTests.ServiceDirectory;

/// <summary>A clock the directory tests set: "open now" is asked at a known instant.</summary>
public sealed class DirectoryClock : TimeProvider
{
    /// <summary>Monday 7 December 2026, 10:00 Finnish time.</summary>
    public static readonly DateTimeOffset MondayMorning = new(2026, 12, 7, 10, 0, 0, TimeSpan.FromHours(2));

    public DateTimeOffset Now { get; set; } = MondayMorning;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
