using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Data.Conversions;

/// <summary>Stores a <see cref="LocalizedText"/> as a JSON object in a text column, the same on every provider.</summary>
public sealed class LocalizedTextConverter() : ValueConverter<LocalizedText, string>(
    text => Serialize(text),
    json => Deserialize(json))
{
    public static readonly ValueComparer<LocalizedText> Comparer = new(
        (left, right) => Serialize(left!) == Serialize(right!),
        text => Serialize(text).GetHashCode(StringComparison.Ordinal),
        text => new LocalizedText(text.ToDictionary()));

    public static string Serialize(LocalizedText text) =>
        JsonSerializer.Serialize(new SortedDictionary<string, string>(text.ToDictionary(), StringComparer.Ordinal));

    public static LocalizedText Deserialize(string json) =>
        new(JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? []);
}
