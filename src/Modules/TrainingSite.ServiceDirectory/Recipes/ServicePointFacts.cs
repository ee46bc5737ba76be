using System.Text.Json;
using TrainingSite.ServiceDirectory.Models;

namespace TrainingSite.ServiceDirectory.Recipes;

/// <summary>A version's facts as one comparable value, so a recipe that repeats what is there writes no new version.</summary>
public static class ServicePointFacts
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Of(ServicePointVersion version) => JsonSerializer.Serialize(
        new
        {
            version.Title,
            version.Organisation,
            version.Kind,
            version.Street,
            version.PostalCode,
            version.City,
            version.Latitude,
            version.Longitude,
            version.Phone,
            version.Web,
            version.Languages,
            version.PhoneInterpreting,
            version.RemoteInterpreting,
            version.Topics,
            version.Appointment,
            version.Accessibility,
            version.Notes,
            version.Schedule,
            version.Exceptions,
            version.CheckedOn,
        },
        Options);
}
