namespace TrainingSite.ServiceDirectory.Models;

/// <summary>
/// A public service point a counsellor refers customers to, of a region (or national when <see cref="RegionId"/> is
/// null). Its facts live in versions, with draft, publish and history like every other content.
/// </summary>
public class ServicePoint
{
    public required string Id { get; set; }

    /// <summary>The region whose coordinators keep the point; null for a national service.</summary>
    public string? RegionId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<ServicePointVersion> Versions { get; set; } = [];
}
