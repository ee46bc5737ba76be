using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Directory;
using TrainingSite.Core.Localization;
using TrainingSite.ServiceDirectory.Hours;
using TrainingSite.ServiceDirectory.Models;

namespace TrainingSite.ServiceDirectory.Services;

/// <summary>
/// Adds "open now, closes at 16.00" after each <c>servicepoint:</c> link in rendered content, per request (the HTML
/// itself may be cached). The state is the in-person channel's, or the first channel the point offers, named then;
/// nothing for a point whose hours are not known.
/// A link to a point that is unknown or not published becomes its text, so readers meet no dead link.
/// </summary>
public sealed partial class ServicePointLinkHours(PublishedServicePoints points, OpeningHoursCalculator calculator, OpeningStatusText statusText, IStringLocalizer<ServiceDirectoryStrings> strings, TimeProvider clock)
    : IServicePointLinkHours
{
    public async Task<string> AddAsync(string html, string language, CancellationToken cancellationToken)
    {
        if (!html.Contains(ServicePointLinks.MarkerAttribute, StringComparison.Ordinal))
        {
            return html;
        }

        var links = MarkedLink().Matches(html);
        var ids = links.Select(m => WebUtility.HtmlDecode(m.Groups["id"].Value)).Distinct(StringComparer.Ordinal).ToList();
        var found = await points.FindManyAsync(ids, cancellationToken);
        var now = clock.GetUtcNow();
        return MarkedLink().Replace(html, match =>
        {
            var id = WebUtility.HtmlDecode(match.Groups["id"].Value);
            return !found.TryGetValue(id, out var point) ? match.Groups["text"].Value
                : State(point.Version, now, language) is { } state ? $"{match.Value} <span class=\"servicepoint-hours\">({WebUtility.HtmlEncode(state)})</span>"
                : match.Value;
        });
    }

    /// <summary>The state of the first channel the point offers; null when its hours are not known (the link says nothing rather than "closed").</summary>
    private string? State(ServicePointVersion version, DateTimeOffset now, string language)
    {
        var hours = OpeningHours.Of(version);
        var channel = Enum.GetValues<ServiceChannel>().Where(hours.Offers).Cast<ServiceChannel?>().FirstOrDefault();
        if (channel is not { } offered)
        {
            return null;
        }

        var text = statusText.Describe(calculator.StatusAt(hours, offered, now), now, language);
        return offered == ServiceChannel.InPerson ? text : $"{strings.In(language, $"Channel.{offered}")}: {text}";
    }

    /// <summary>A link SafeMarkdown marked: <c>&lt;a href="/directory/id" data-servicepoint="id"&gt;text&lt;/a&gt;</c> (link text holds no other link).</summary>
    [GeneratedRegex("<a\\s[^>]*?data-servicepoint=\"(?<id>[^\"]*)\"[^>]*>(?<text>.*?)</a>", RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MarkedLink();
}
