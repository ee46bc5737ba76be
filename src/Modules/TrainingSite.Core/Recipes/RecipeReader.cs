using System.Text.Json;
using System.Text.RegularExpressions;
using TrainingSite.Abstractions.Directory;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Core.Content;

namespace TrainingSite.Core.Recipes;

/// <summary>
/// Reads one JSON object of a recipe into typed values, reporting every problem with its JSON path
/// instead of stopping at the first. Steps use it both to validate and to build their models.
/// </summary>
public sealed partial class RecipeReader(JsonElement element, string path, RecipeValidationContext context)
{
    public const int MaxIdLength = 100;

    public string Path => path;

    public JsonElement Element => element;

    public RecipeValidationContext Context => context;

    public bool IsObject => element.ValueKind == JsonValueKind.Object;

    public static bool IsValidId(string? id) => id is { Length: > 0 and <= MaxIdLength } && IdPattern().IsMatch(id);

    /// <summary>Reads the object's <c>id</c> and declares it under <paramref name="kind"/>.</summary>
    public string Id(string kind)
    {
        var id = ReadString("id", required: true, maxLength: MaxIdLength);
        if (id is null)
        {
            return string.Empty;
        }

        if (IsValidId(id))
        {
            context.Declare(kind, id, $"{path}.id");
        }
        else
        {
            context.Error($"{path}.id", RecipeMessages.InvalidId, id);
        }

        return id;
    }

    /// <summary>Reads an id that refers to an item of <paramref name="kind"/>; null is allowed when not required.</summary>
    public string? ReadReference(string property, string kind, bool required)
    {
        var id = ReadString(property, required);
        if (id is not null)
        {
            context.Reference(kind, id, $"{path}.{property}");
        }

        return id;
    }

    public string? ReadString(string property, bool required, int maxLength = 200)
    {
        if (!TryGet(property, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            context.Error($"{path}.{property}", RecipeMessages.ExpectedString);
            return null;
        }

        var text = value.GetString()!;
        if (text.Length > maxLength)
        {
            context.Error($"{path}.{property}", RecipeMessages.TooLong, maxLength);
        }

        return text;
    }

    public string? ReadOneOf(string property, bool required, params string[] allowed)
    {
        var text = ReadString(property, required);
        if (text is not null && !allowed.Contains(text, StringComparer.Ordinal))
        {
            context.Error($"{path}.{property}", RecipeMessages.OneOf, text, string.Join(", ", allowed));
            return null;
        }

        return text;
    }

    public int? ReadInteger(string property, bool required, int min, int max)
    {
        if (!TryGet(property, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            context.Error($"{path}.{property}", RecipeMessages.ExpectedInteger);
            return null;
        }

        if (number < min || number > max)
        {
            context.Error($"{path}.{property}", RecipeMessages.OutOfRange, number, min, max);
            return null;
        }

        return number;
    }

    /// <summary>Reads a calendar date written as ISO 8601 <c>YYYY-MM-DD</c> (the day facts were last checked, for example).</summary>
    public DateOnly? ReadDate(string property, bool required)
    {
        var text = ReadString(property, required, maxLength: 10);
        if (text is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            context.Error($"{path}.{property}", RecipeMessages.ExpectedDate, text);
            return null;
        }

        return date;
    }

    public bool? ReadBoolean(string property, bool required)
    {
        if (!TryGet(property, required, out var value))
        {
            return null;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            context.Error($"{path}.{property}", RecipeMessages.ExpectedBoolean);
            return null;
        }

        return value.GetBoolean();
    }

    /// <summary>Reads a localized text object (<c>{ "fi": "...", "sv": "..." }</c>) with at least one culture.</summary>
    public LocalizedText ReadText(string property, bool required, int maxLength = 200)
    {
        if (!TryGet(property, required, out var value))
        {
            return LocalizedText.Empty;
        }

        var here = $"{path}.{property}";
        if (value.ValueKind != JsonValueKind.Object)
        {
            context.Error(here, RecipeMessages.ExpectedObject);
            return LocalizedText.Empty;
        }

        var values = new Dictionary<string, string>();
        foreach (var culture in value.EnumerateObject())
        {
            if (!SiteCultures.IsSupported(culture.Name))
            {
                context.Error($"{here}.{culture.Name}", RecipeMessages.UnknownCulture, culture.Name, string.Join(", ", SiteCultures.All));
            }
            else if (culture.Value.ValueKind != JsonValueKind.String)
            {
                context.Error($"{here}.{culture.Name}", RecipeMessages.ExpectedString);
            }
            else if (culture.Value.GetString()!.Length > maxLength)
            {
                context.Error($"{here}.{culture.Name}", RecipeMessages.TooLong, maxLength);
            }
            else if (!string.IsNullOrWhiteSpace(culture.Value.GetString()))
            {
                values[culture.Name] = culture.Value.GetString()!;
            }
        }

        if (values.Count == 0 && required)
        {
            context.Error(here, RecipeMessages.NoCulture);
        }

        return new LocalizedText(values);
    }

    /// <summary>
    /// Reads a localized Markdown text (a lesson's or an article's body) and refers to every service point it links
    /// by id (<c>[Kela](servicepoint:kela-espoo)</c>) at the path of the link's language
    /// (<c>$.steps[3].articles[2].body.sv</c>), so a link to a point neither in the recipe nor on the site is a problem.
    /// </summary>
    public LocalizedText ReadMarkdown(string property, bool required, int maxLength)
    {
        var text = ReadText(property, required, maxLength);
        foreach (var (culture, markdown) in text.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            foreach (var pointId in MarkdownLinkTargets.ServicePointIds(markdown))
            {
                context.Reference(ServicePointLinks.ReferenceKind, pointId, $"{path}.{property}.{culture}");
            }
        }

        return text;
    }

    public IReadOnlyList<string> ReadStrings(string property, bool required, int maxLength = 100)
    {
        var items = new List<string>();
        Each(property, required, (item, itemPath) =>
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                context.Error(itemPath, RecipeMessages.ExpectedString);
            }
            else if (item.GetString()!.Length > maxLength)
            {
                context.Error(itemPath, RecipeMessages.TooLong, maxLength);
            }
            else
            {
                items.Add(item.GetString()!);
            }
        });
        return items;
    }

    /// <summary>Reads an array of objects, each through its own reader.</summary>
    public IReadOnlyList<T> ReadObjects<T>(string property, bool required, Func<RecipeReader, T> read)
    {
        var items = new List<T>();
        Each(property, required, (item, itemPath) =>
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                context.Error(itemPath, RecipeMessages.ExpectedObject);
                return;
            }

            items.Add(read(new RecipeReader(item, itemPath, context)));
        });
        return items;
    }

    /// <summary>Reads a nested object through its own reader; null when absent (or JSON null) and not required.</summary>
    public T? ReadObject<T>(string property, bool required, Func<RecipeReader, T> read)
        where T : class
    {
        if (!TryGet(property, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            context.Error($"{path}.{property}", RecipeMessages.ExpectedObject);
            return null;
        }

        return read(new RecipeReader(value, $"{path}.{property}", context));
    }

    /// <summary>The raw JSON of a property, for content a step keeps without interpreting it yet.</summary>
    public JsonElement? ReadRaw(string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null
            ? value.Clone()
            : null;

    private void Each(string property, bool required, Action<JsonElement, string> read)
    {
        if (!TryGet(property, required, out var value))
        {
            return;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            context.Error($"{path}.{property}", RecipeMessages.ExpectedArray);
            return;
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            read(item, $"{path}.{property}[{index++}]");
        }
    }

    private bool TryGet(string property, bool required, out JsonElement value)
    {
        if (element.ValueKind == JsonValueKind.Object
            && element.TryGetProperty(property, out value)
            && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            context.Error($"{path}.{property}", RecipeMessages.Required);
        }

        value = default;
        return false;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
