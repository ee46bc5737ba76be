namespace TrainingSite.Abstractions.Content;

/// <summary>Per language, when its text last changed (stored as a JSON object).</summary>
public sealed class LocalizedTimes : Dictionary<string, DateTimeOffset>
{
    public LocalizedTimes()
        : base(StringComparer.Ordinal)
    {
    }

    public LocalizedTimes(IDictionary<string, DateTimeOffset> values)
        : base(values, StringComparer.Ordinal)
    {
    }
}
