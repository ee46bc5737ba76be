using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TrainingSite.Abstractions.Content;

namespace TrainingSite.Data.Conversions;

public sealed class LocalizedTimesConverter() : ValueConverter<LocalizedTimes, string>(
    times => JsonSerializer.Serialize(new SortedDictionary<string, DateTimeOffset>(times, StringComparer.Ordinal), (JsonSerializerOptions?)null),
    json => new LocalizedTimes(JsonSerializer.Deserialize<Dictionary<string, DateTimeOffset>>(json, (JsonSerializerOptions?)null) ?? new()))
{
    public static readonly ValueComparer<LocalizedTimes> Comparer = new(
        (left, right) => left!.Count == right!.Count && left.All(pair => right.ContainsKey(pair.Key) && right[pair.Key] == pair.Value),
        times => times.Aggregate(0, (hash, pair) => HashCode.Combine(hash, pair.Key, pair.Value)),
        times => new LocalizedTimes(times));
}
