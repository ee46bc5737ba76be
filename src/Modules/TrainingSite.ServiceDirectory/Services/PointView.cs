using System.Globalization;
using TrainingSite.Abstractions.Guidance;
using TrainingSite.ServiceDirectory.Models;

namespace TrainingSite.ServiceDirectory.Services;

/// <summary>What the point page shows, already resolved for the UI language (texts keep their culture for <c>lang</c>).</summary>
public sealed record PointView(
    PublishedServicePoint Point,
    LocalizedTextValue? RegionName,
    IReadOnlyList<ChannelWeek> Channels,
    IReadOnlyList<(string Code, string Name)> Languages,
    IReadOnlyList<(string Id, LocalizedTextValue? Name)> Topics,
    IReadOnlyList<GuidanceArticleLink> Articles)
{
    public ServicePointVersion Version => Point.Version;

    public bool HasAddress => Version.PostalCode is not null || Version.Street.Count > 0;

    /// <summary>"geo:60.1613,24.7383" for the phone's own map app; null without coordinates.</summary>
    public string? GeoUri => Version is { Latitude: { } lat, Longitude: { } lon }
        ? string.Create(CultureInfo.InvariantCulture, $"geo:{lat:0.######},{lon:0.######}")
        : null;

    /// <summary>The phone number as a tel: target (spaces dropped).</summary>
    public string? TelUri => Version.Phone is { Length: > 0 } phone ? "tel:" + phone.Replace(" ", string.Empty, StringComparison.Ordinal) : null;
}
