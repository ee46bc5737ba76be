namespace TrainingSite.Abstractions;

/// <summary>
/// Marker for the strings every module shares: field names, validation and binding messages,
/// Identity's errors and recipe problems (Resources/SharedStrings.{fi,sv,en}.resx).
/// </summary>
public sealed class SharedStrings
{
    private SharedStrings()
    {
    }
}
