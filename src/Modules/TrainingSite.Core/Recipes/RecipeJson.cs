using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Core.Recipes;

/// <summary>Writing recipe JSON the same way everywhere, so an export imported and exported again is byte-identical.</summary>
public static class RecipeJson
{
    /// <summary>Indented, and Finnish or Swedish letters written as themselves (a file, never embedded in HTML).</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A localized text as a JSON object with the site's cultures first, in their order (fi, sv, en).</summary>
    public static JsonObject Text(LocalizedText text)
    {
        var json = new JsonObject();
        foreach (var culture in SiteCultures.All.Where(text.ContainsKey).Concat(text.Keys.Where(k => !SiteCultures.IsSupported(k)).Order(StringComparer.Ordinal)))
        {
            json[culture] = text[culture];
        }

        return json;
    }

    /// <summary>A calendar date as the recipes write it: <c>YYYY-MM-DD</c>.</summary>
    public static JsonValue Date(DateOnly date) => JsonValue.Create(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    public static JsonArray Array(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);
}
