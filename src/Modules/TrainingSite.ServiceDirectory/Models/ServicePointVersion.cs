namespace TrainingSite.ServiceDirectory.Models;

/// <summary>
/// One version of a service point's facts: who runs it (<see cref="ContentVersion.Title"/> is the point's name),
/// where and how to reach it, the languages and topics it serves, and its opening hours per channel with dated
/// exceptions. Only public service numbers and addresses, never personal data. <see cref="CheckedOn"/> dates the
/// time-sensitive facts.
/// </summary>
public class ServicePointVersion : ContentVersion
{
    public required string PointId { get; set; }

    public LocalizedText Organisation { get; set; } = LocalizedText.Empty;

    /// <summary>One of <see cref="ServicePointKinds"/>.</summary>
    public string Kind { get; set; } = string.Empty;

    public LocalizedText Street { get; set; } = LocalizedText.Empty;

    /// <summary>Null when the point has no address (a national service reached by phone or online) or its postal code is not confirmed.</summary>
    public string? PostalCode { get; set; }

    public LocalizedText City { get; set; } = LocalizedText.Empty;

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string? Phone { get; set; }

    public string? Web { get; set; }

    /// <summary>ISO 639-1 codes of the languages served in person.</summary>
    public List<string> Languages { get; set; } = [];

    public bool PhoneInterpreting { get; set; }

    public bool RemoteInterpreting { get; set; }

    /// <summary>Ids of the guidance topics the point handles.</summary>
    public List<string> Topics { get; set; } = [];

    /// <summary>How to get an appointment: the text translations are tracked by, with the name.</summary>
    public LocalizedText Appointment { get; set; } = LocalizedText.Empty;

    public LocalizedText Accessibility { get; set; } = LocalizedText.Empty;

    /// <summary>What could not be confirmed from public sources, and other remarks.</summary>
    public LocalizedText Notes { get; set; } = LocalizedText.Empty;

    public List<WeeklyRange> Schedule { get; set; } = [];

    public List<ExceptionDay> Exceptions { get; set; } = [];

    public DateOnly CheckedOn { get; set; }

    public override LocalizedText MainText => Appointment;

    /// <summary>A new version of <paramref name="pointId"/> with the facts of <paramref name="source"/> (or none).</summary>
    public static ServicePointVersion CopyOf(string pointId, ServicePointVersion? source)
    {
        var copy = new ServicePointVersion { PointId = pointId };
        if (source is not null)
        {
            source.CopyFactsTo(copy);
        }

        return copy;
    }

    /// <summary>Writes this version's facts (not its version data: number, author, publication) into <paramref name="target"/>.</summary>
    public void CopyFactsTo(ServicePointVersion target)
    {
        target.Title = Title;
        target.Organisation = Organisation;
        target.Kind = Kind;
        target.Street = Street;
        target.PostalCode = PostalCode;
        target.City = City;
        target.Latitude = Latitude;
        target.Longitude = Longitude;
        target.Phone = Phone;
        target.Web = Web;
        target.Languages = [.. Languages];
        target.PhoneInterpreting = PhoneInterpreting;
        target.RemoteInterpreting = RemoteInterpreting;
        target.Topics = [.. Topics];
        target.Appointment = Appointment;
        target.Accessibility = Accessibility;
        target.Notes = Notes;
        target.Schedule = [.. Schedule];
        target.Exceptions = [.. Exceptions];
        target.CheckedOn = CheckedOn;
    }
}
