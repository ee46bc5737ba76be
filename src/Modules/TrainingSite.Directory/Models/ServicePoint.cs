namespace TrainingSite.Directory.Models;

/// <summary>
/// A public service point a counsellor refers customers to: who runs it, where and how to reach it, which
/// languages and topics it serves, and its opening hours per channel with dated exceptions. Only public
/// service numbers and addresses, never personal data. <see cref="CheckedOn"/> dates the time-sensitive facts.
/// </summary>
public class ServicePoint
{
    public required string Id { get; set; }

    /// <summary>The region whose coordinators keep the point; null for a national service.</summary>
    public string? RegionId { get; set; }

    public ServicePointStatus Status { get; set; }

    public LocalizedText Name { get; set; } = LocalizedText.Empty;

    public LocalizedText Organisation { get; set; } = LocalizedText.Empty;

    /// <summary>One of <see cref="ServicePointKinds"/>.</summary>
    public string Kind { get; set; } = string.Empty;

    public LocalizedText Street { get; set; } = LocalizedText.Empty;

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

    public LocalizedText Appointment { get; set; } = LocalizedText.Empty;

    public LocalizedText Accessibility { get; set; } = LocalizedText.Empty;

    /// <summary>What could not be confirmed from public sources, and other remarks.</summary>
    public LocalizedText Notes { get; set; } = LocalizedText.Empty;

    public List<WeeklyRange> Schedule { get; set; } = [];

    public List<OpeningException> Exceptions { get; set; } = [];

    public DateOnly CheckedOn { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
