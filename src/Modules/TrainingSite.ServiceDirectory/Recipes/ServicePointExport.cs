using System.Text.Json.Nodes;
using TrainingSite.Core.Recipes;
using TrainingSite.ServiceDirectory.Hours;
using TrainingSite.ServiceDirectory.Models;

namespace TrainingSite.ServiceDirectory.Recipes;

/// <summary>Writes a service point as the <c>servicepoints</c> step reads it, so an export imports back to the same point.</summary>
public static class ServicePointExport
{
    public static JsonObject Write(ServicePoint servicePoint, ServicePointVersion point, bool isPublished)
    {
        var item = new JsonObject
        {
            ["id"] = servicePoint.Id,
            ["region"] = servicePoint.RegionId,
            ["status"] = isPublished ? "published" : "draft",
            ["name"] = RecipeJson.Text(point.Title),
            ["organisation"] = RecipeJson.Text(point.Organisation),
            ["kind"] = point.Kind,
        };
        if (point.City.Count > 0)
        {
            var address = new JsonObject();
            AddIfPresent(address, "street", point.Street);
            AddIfPresent(address, "postalCode", point.PostalCode);
            address["city"] = RecipeJson.Text(point.City);
            item["address"] = address;
        }

        if (point.Latitude is { } lat && point.Longitude is { } lon)
        {
            item["coordinates"] = new JsonObject { ["lat"] = lat, ["lon"] = lon };
        }

        AddIfPresent(item, "phone", point.Phone);
        AddIfPresent(item, "web", point.Web);
        item["languages"] = RecipeJson.Array(point.Languages);
        item["interpreting"] = new JsonObject { ["phone"] = point.PhoneInterpreting, ["remote"] = point.RemoteInterpreting };
        item["topics"] = RecipeJson.Array(point.Topics);
        item["appointment"] = RecipeJson.Text(point.Appointment);
        AddIfPresent(item, "accessibility", point.Accessibility);
        AddIfPresent(item, "notes", point.Notes);
        item["hours"] = WriteHours(point.Schedule);
        item["exceptions"] = new JsonArray([.. point.Exceptions.Select(WriteException)]);
        item["checked"] = RecipeJson.Date(point.CheckedOn);
        return item;
    }

    /// <summary>Ranges with the same times on one channel are written once with their days, Monday first.</summary>
    private static JsonObject WriteHours(IReadOnlyList<WeeklyRange> schedule)
    {
        var hours = new JsonObject();
        foreach (var (name, channel) in OpeningHoursReader.Channels)
        {
            var ranges = schedule.Where(r => r.Channel == channel)
                .GroupBy(r => (r.Opens, r.Closes))
                .OrderBy(g => g.Min(r => DayIndex(r.Day))).ThenBy(g => g.Key.Opens)
                .Select(g => (JsonNode?)new JsonObject
                {
                    ["days"] = RecipeJson.Array(g.OrderBy(r => DayIndex(r.Day)).Select(r => DayName(r.Day))),
                    ["opens"] = HoursRange.Format(g.Key.Opens),
                    ["closes"] = HoursRange.Format(g.Key.Closes),
                });
            hours[name] = new JsonArray([.. ranges]);
        }

        return hours;
    }

    private static JsonNode WriteException(ExceptionDay exception)
    {
        var item = new JsonObject { ["date"] = RecipeJson.Date(exception.Date) };
        if (exception.Channel is { } channel)
        {
            item["channel"] = OpeningHoursReader.Channels.First(c => c.Value == channel).Key;
        }

        if (exception.Closed)
        {
            item["closed"] = true;
        }
        else
        {
            item["opens"] = HoursRange.Format(exception.Opens ?? 0);
            item["closes"] = HoursRange.Format(exception.Closes ?? 0);
        }

        if (exception.Note is { Count: > 0 } note)
        {
            item["note"] = RecipeJson.Text(note);
        }

        return item;
    }

    private static void AddIfPresent(JsonObject item, string property, string? value)
    {
        if (value is not null)
        {
            item[property] = value;
        }
    }

    private static void AddIfPresent(JsonObject item, string property, LocalizedText text)
    {
        if (text.Count > 0)
        {
            item[property] = RecipeJson.Text(text);
        }
    }

    private static int DayIndex(DayOfWeek day) => ((int)day + 6) % 7;

    private static string DayName(DayOfWeek day) => OpeningHoursReader.Days.First(d => d.Value == day).Key;
}
