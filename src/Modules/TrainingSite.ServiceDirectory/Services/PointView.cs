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

    /// <summary>A street or postal code is known: enough for a map app to find the door.</summary>
    public bool HasStreetAddress => Version.PostalCode is not null || Version.Street.Count > 0;

    /// <summary>Something of the address is known, if only the city (many shipped points: their street was not confirmed).</summary>
    public bool HasAddress => HasStreetAddress || Version.City.Count > 0;

    /// <summary>
    /// For the phone's own map app (no map tiles: the site works without the internet): "geo:60.1613,24.7383" with
    /// coordinates, else the street address as a query ("geo:0,0?q=Piispansilta%2011%2C%2002230%20Espoo"); null without
    /// either (a city alone would put the pin in the town centre, not at the service point).
    /// </summary>
    public string? MapUri(string language)
    {
        if (Version is { Latitude: { } lat, Longitude: { } lon })
        {
            return string.Create(CultureInfo.InvariantCulture, $"geo:{lat:0.######},{lon:0.######}");
        }

        var address = $"{Version.Street.Resolve(language).Text}, {Version.PostalCode} {Version.City.Resolve(language).Text}".Trim(' ', ',');
        return HasStreetAddress && address.Length > 0 ? "geo:0,0?q=" + Uri.EscapeDataString(address) : null;
    }

    /// <summary>The phone number as a tel: target (spaces dropped).</summary>
    public string? TelUri => Version.Phone is { Length: > 0 } phone ? "tel:" + phone.Replace(" ", string.Empty, StringComparison.Ordinal) : null;
}
