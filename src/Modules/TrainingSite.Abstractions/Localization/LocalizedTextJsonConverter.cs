using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrainingSite.Abstractions.Localization;

/// <summary>Reads and writes a <see cref="LocalizedText"/> as the recipe format's object of culture to text.</summary>
public sealed class LocalizedTextJsonConverter : JsonConverter<LocalizedText>
{
    public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(JsonSerializer.Deserialize<Dictionary<string, string>>(ref reader, options) ?? []);

    public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var culture in SiteCultures.All.Where(value.ContainsKey).Concat(value.Keys.Where(k => !SiteCultures.IsSupported(k)).Order(StringComparer.Ordinal)))
        {
            writer.WriteString(culture, value[culture]);
        }

        writer.WriteEndObject();
    }
}
