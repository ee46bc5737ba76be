using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Content;
using TrainingSite.Core.Authoring;
using TrainingSite.Core.Localization;
using TrainingSite.ServiceDirectory.Hours;
using TrainingSite.ServiceDirectory.Models;
using TrainingSite.ServiceDirectory.Services;

namespace TrainingSite.ServiceDirectory.Areas.Directory.Pages.Authoring;

/// <summary>
/// What the history page compares for a service point: the name, and every other fact written out line by line per
/// language (the texts in that language, the contact facts, the hours and exceptions), so any change shows in the diff.
/// </summary>
public static class ServicePointHistoryFields
{
    public static IReadOnlyList<VersionField> Of(IStringLocalizer<ServiceDirectoryStrings> strings) =>
        [VersionField.Title, new VersionField("History.TextField", (version, culture) => version is ServicePointVersion point ? Facts(point, culture, strings) : null)];

    private static string Facts(ServicePointVersion point, string culture, IStringLocalizer<ServiceDirectoryStrings> strings)
    {
        var text = new StringBuilder();
        void Line(string field, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                text.Append(strings[$"Authoring.Field.{field}"]).Append(": ").Append(value).Append('\n');
            }
        }

        Line("Organisation", point.Organisation.GetValueOrDefault(culture));
        Line("Kind", point.Kind);
        Line("Street", point.Street.GetValueOrDefault(culture));
        Line("PostalCode", point.PostalCode);
        Line("City", point.City.GetValueOrDefault(culture));
        Line("Latitude", point.Latitude?.ToString(CultureInfo.InvariantCulture));
        Line("Longitude", point.Longitude?.ToString(CultureInfo.InvariantCulture));
        Line("Phone", point.Phone);
        Line("Web", point.Web);
        Line("Languages", string.Join(", ", point.Languages));
        Line("PhoneInterpreting", point.PhoneInterpreting ? "✓" : null);
        Line("RemoteInterpreting", point.RemoteInterpreting ? "✓" : null);
        Line("Topics", string.Join(", ", point.Topics));
        Line("Appointment", point.Appointment.GetValueOrDefault(culture));
        Line("Accessibility", point.Accessibility.GetValueOrDefault(culture));
        Line("Notes", point.Notes.GetValueOrDefault(culture));
        foreach (var range in point.Schedule.OrderBy(r => r.Channel).ThenBy(r => ((int)r.Day + 6) % 7).ThenBy(r => r.Opens))
        {
            Line($"Hours", $"{strings[$"Authoring.Channel.{ServicePointInput.ChannelName(range.Channel)}"]} {strings[$"Authoring.Weekday.{ServicePointInput.DayName(range.Day)}"]} {HoursRange.Format(range.Opens)}–{HoursRange.Format(range.Closes)}");
        }

        foreach (var exception in point.Exceptions.OrderBy(e => e.Date))
        {
            var channel = exception.Channel is { } c ? strings[$"Authoring.Channel.{ServicePointInput.ChannelName(c)}"].Value : strings["Authoring.AllChannels"].Value;
            var hours = exception.Closed ? strings["Authoring.Field.Closed"].Value : $"{HoursRange.Format(exception.Opens ?? 0)}–{HoursRange.Format(exception.Closes ?? 0)}";
            Line("Exception", $"{SiteTime.Date(exception.Date)} {channel} {hours} {exception.Note?.GetValueOrDefault(culture)}".TrimEnd());
        }

        Line("CheckedOn", SiteTime.Date(point.CheckedOn));
        return text.ToString();
    }
}
