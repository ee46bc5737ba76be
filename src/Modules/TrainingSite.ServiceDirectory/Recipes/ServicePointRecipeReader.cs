using System.Text.Json;
using TrainingSite.Abstractions.Directory;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Core.Recipes;
using TrainingSite.ServiceDirectory.Models;

namespace TrainingSite.ServiceDirectory.Recipes;

/// <summary>Reads (and so validates) the points of the <c>servicepoints</c> step, every problem with its JSON path.</summary>
public static class ServicePointRecipeReader
{
    /// <summary>The kind <c>servicepoint:</c> links in lessons and articles refer to (<see cref="ServicePointLinks.ReferenceKind"/>).</summary>
    public const string ServicePointKind = ServicePointLinks.ReferenceKind;

    /// <summary>The reference kinds the regions and guidance modules declare (region ids, topic ids).</summary>
    public const string RegionKind = "region";
    public const string TopicKind = "topic";

    public const int MaxLongTextLength = 2000;

    public static IReadOnlyList<ServicePointRecipeItem> ReadPoints(JsonElement step, string path, RecipeValidationContext context) =>
        new RecipeReader(step, path, context).ReadObjects("servicePoints", required: true, Read);

    private static ServicePointRecipeItem Read(RecipeReader item)
    {
        var id = item.Id(ServicePointKind);
        var region = item.ReadReference("region", RegionKind, required: false);
        var published = item.ReadOneOf("status", required: false, "published", "draft") != "draft";
        var facts = new ServicePointVersion
        {
            PointId = id,
            Title = item.ReadText("name", required: true),
            Organisation = item.ReadText("organisation", required: true),
            Kind = item.ReadOneOf("kind", required: true, [.. ServicePointKinds.All]) ?? string.Empty,
            Phone = ReadChecked(item, "phone", 40, ContactFormats.IsValidPhone, ServicePointMessages.InvalidPhone),
            Web = ReadChecked(item, "web", 400, ContactFormats.IsValidWebAddress, ServicePointMessages.InvalidUrl),
            Languages = ReadLanguages(item),
            Topics = ReadTopics(item),
            Appointment = item.ReadText("appointment", required: true, maxLength: MaxLongTextLength),
            Accessibility = item.ReadText("accessibility", required: false, maxLength: MaxLongTextLength),
            Notes = item.ReadText("notes", required: false, maxLength: MaxLongTextLength),
            Schedule = OpeningHoursReader.ReadSchedule(item),
            Exceptions = OpeningHoursReader.ReadExceptions(item),
            CheckedOn = item.ReadDate("checked", required: true) ?? default,
        };
        ReadAddress(item, facts);
        ReadCoordinates(item, facts);
        item.ReadObject("interpreting", required: false, interpreting =>
        {
            facts.PhoneInterpreting = interpreting.ReadBoolean("phone", required: false) ?? false;
            facts.RemoteInterpreting = interpreting.ReadBoolean("remote", required: false) ?? false;
            return interpreting;
        });
        return new ServicePointRecipeItem(id, region, published, facts);
    }

    /// <summary>
    /// <c>"address": { "street": {...}, "postalCode": "02230", "city": {...} }</c>: optional (a national service may have
    /// none); when given it needs at least the city. Street and postal code are optional, because a fact that public
    /// sources do not confirm is left out (and said so in the notes) rather than guessed.
    /// </summary>
    private static void ReadAddress(RecipeReader item, ServicePointVersion point) =>
        item.ReadObject("address", required: false, address =>
        {
            point.Street = address.ReadText("street", required: false);
            point.City = address.ReadText("city", required: true);
            point.PostalCode = ReadChecked(address, "postalCode", 10, ContactFormats.IsValidPostalCode, ServicePointMessages.InvalidPostalCode);
            return address;
        });

    private static void ReadCoordinates(RecipeReader item, ServicePointVersion point) =>
        item.ReadObject("coordinates", required: false, coordinates =>
        {
            point.Latitude = ReadNumber(coordinates, "lat", -90, 90);
            point.Longitude = ReadNumber(coordinates, "lon", -180, 180);
            return coordinates;
        });

    private static List<string> ReadLanguages(RecipeReader item)
    {
        var languages = item.ReadStrings("languages", required: true, maxLength: 10);
        for (var index = 0; index < languages.Count; index++)
        {
            if (!LanguageCodes.IsKnown(languages[index]))
            {
                item.Context.Error(ElementPath(item, "languages", languages[index]), ServicePointMessages.UnknownLanguage, languages[index]);
            }
        }

        return [.. languages.Where(LanguageCodes.IsKnown).Distinct(StringComparer.Ordinal)];
    }

    private static List<string> ReadTopics(RecipeReader item)
    {
        var topics = item.ReadStrings("topics", required: true, maxLength: RecipeReader.MaxIdLength);
        foreach (var topic in topics.Distinct(StringComparer.Ordinal))
        {
            item.Context.Reference(TopicKind, topic, ElementPath(item, "topics", topic));
        }

        return [.. topics.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The path of the first array element equal to <paramref name="value"/> (<c>$...languages[2]</c>).</summary>
    private static string ElementPath(RecipeReader item, string property, string value)
    {
        var index = 0;
        foreach (var element in item.Element.GetProperty(property).EnumerateArray())
        {
            if (element.ValueKind == JsonValueKind.String && element.GetString() == value)
            {
                return $"{item.Path}.{property}[{index}]";
            }

            index++;
        }

        return $"{item.Path}.{property}";
    }

    private static string? ReadChecked(RecipeReader item, string property, int maxLength, Func<string, bool> isValid, string messageKey, bool required = false)
    {
        var text = item.ReadString(property, required, maxLength);
        if (text is not null && !isValid(text))
        {
            item.Context.Error($"{item.Path}.{property}", messageKey, text);
            return null;
        }

        return text;
    }

    private static double? ReadNumber(RecipeReader reader, string property, double min, double max)
    {
        var here = $"{reader.Path}.{property}";
        if (reader.ReadRaw(property) is not { } value)
        {
            reader.Context.Error(here, RecipeMessages.Required);
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number))
        {
            reader.Context.Error(here, ServicePointMessages.ExpectedNumber);
            return null;
        }

        if (number < min || number > max)
        {
            reader.Context.Error(here, RecipeMessages.OutOfRange, number, min, max);
            return null;
        }

        return number;
    }
}
