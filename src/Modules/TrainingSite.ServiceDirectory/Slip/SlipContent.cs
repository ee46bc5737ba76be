using TrainingSite.ServiceDirectory.Services;

namespace TrainingSite.ServiceDirectory.Slip;

/// <summary>
/// Everything printed on one referral slip, already in the customer's language: the HTML page and the PDF only place
/// it. Texts the point has no translation for are in their own language (<see cref="LocalizedTextValue.Culture"/>).
/// </summary>
public sealed record SlipContent
{
    public required string Language { get; init; }

    public required string SiteName { get; init; }

    public required string Heading { get; init; }

    public required LocalizedTextValue Name { get; init; }

    public required LocalizedTextValue? Organisation { get; init; }

    /// <summary>Street, then postal code and city; empty for a point without an address.</summary>
    public required IReadOnlyList<LocalizedTextValue> Address { get; init; }

    public required string AddressLabel { get; init; }

    public required string PhoneLabel { get; init; }

    public required string? Phone { get; init; }

    public required string WebLabel { get; init; }

    public required string? Web { get; init; }

    public required string HoursHeading { get; init; }

    public required IReadOnlyList<ChannelWeek> Channels { get; init; }

    public required string TodayLabel { get; init; }

    public required string BringLabel { get; init; }

    /// <summary>What the counsellor wrote; null when nothing. Never stored or logged.</summary>
    public required string? Bring { get; init; }

    /// <summary>"Made on 23.12.2026 · Facts checked on 6.12.2026".</summary>
    public required string Dates { get; init; }

    public required string QrLabel { get; init; }

    /// <summary>The point's public page, from the configured public address (never the request's Host).</summary>
    public required string Url { get; init; }

    public required string DocumentTitle { get; init; }
}
