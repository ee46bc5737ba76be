using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Directory;
using TrainingSite.Abstractions.Web;
using TrainingSite.Core.Localization;
using TrainingSite.ServiceDirectory.Services;

namespace TrainingSite.ServiceDirectory.Slip;

/// <summary>Puts a point's slip into the customer's language (not the counsellor's UI language).</summary>
public sealed class SlipComposer(WeekHours weekHours, IPublicUrls urls, ISiteName siteName, IStringLocalizer<ServiceDirectoryStrings> strings)
{
    public SlipContent For(PublishedServicePoint point, string language, string? bring, DateTimeOffset now)
    {
        var version = point.Version;
        var name = version.Title.Resolve(language);
        var organisation = version.Organisation.Resolve(language);
        List<LocalizedTextValue> address = [];
        if (version.Street.Resolve(language) is { Text.Length: > 0 } street)
        {
            address.Add(street);
        }

        var city = version.City.Resolve(language);
        if (version.PostalCode is not null || city.Text.Length > 0)
        {
            address.Add(city with { Text = $"{version.PostalCode} {city.Text}".Trim() });
        }

        string Text(string key, params object[] arguments) => strings.In(language, key, arguments);
        return new SlipContent
        {
            Language = language,
            SiteName = siteName.For(language),
            Heading = Text("Slip.Heading"),
            Name = name,
            Organisation = organisation.Text.Length > 0 && organisation.Text != name.Text ? organisation : null,
            Address = address,
            AddressLabel = Text("Point.Address"),
            PhoneLabel = Text("Point.Phone"),
            Phone = version.Phone,
            WebLabel = Text("Point.Web"),
            Web = version.Web,
            HoursHeading = Text("Slip.Hours"),
            Channels = weekHours.For(version, now, language),
            TodayLabel = Text("Point.Today"),
            BringLabel = Text("Slip.BringHeading"),
            Bring = string.IsNullOrWhiteSpace(bring) ? null : bring,
            Dates = Text("Slip.Dates", SiteTime.Date(now), SiteTime.Date(version.CheckedOn)),
            QrLabel = Text("Slip.QrLabel"),
            Url = urls.Absolute(ServicePointLinks.PagePath(point.Id)),
            DocumentTitle = $"{Text("Slip.Heading")}: {name.Text}",
        };
    }
}
