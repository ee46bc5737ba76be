using System.Text.Json.Serialization;

namespace TrainingSite.ServiceDirectory.Models;

/// <summary>How a customer reaches a service point; each channel has its own opening hours.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ServiceChannel>))]
public enum ServiceChannel
{
    InPerson,
    Phone,
    Chat,
}
