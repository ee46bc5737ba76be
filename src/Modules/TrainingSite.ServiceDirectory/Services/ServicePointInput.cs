using System.Globalization;
using TrainingSite.Core.Localization;
using TrainingSite.ServiceDirectory.Hours;
using TrainingSite.ServiceDirectory.Models;
using TrainingSite.ServiceDirectory.Recipes;

namespace TrainingSite.ServiceDirectory.Services;

/// <summary>
/// The service point editor's form, every fact of a <see cref="ServicePointVersion"/>: texts per language
/// (<c>Input.Name[sv]</c>), the contact facts as typed, languages as one field of ISO codes, topics as checkboxes, the
/// weekly hours as a grid of slots and the dated exceptions as rows. <see cref="ServicePointFormReader"/> checks it and
/// turns it into facts.
/// </summary>
public sealed class ServicePointInput
{
    /// <summary>Each channel's day offers at least this many ranges (a lunch break makes two).</summary>
    public const int SlotsPerDay = 2;

    /// <summary>Empty exception rows offered to fill, besides the point's own.</summary>
    public const int EmptyExceptionRows = 3;

    public Dictionary<string, string?> Name { get; set; } = [];

    public Dictionary<string, string?> Organisation { get; set; } = [];

    public string? Kind { get; set; }

    public Dictionary<string, string?> Street { get; set; } = [];

    public string? PostalCode { get; set; }

    public Dictionary<string, string?> City { get; set; } = [];

    public string? Latitude { get; set; }

    public string? Longitude { get; set; }

    public string? Phone { get; set; }

    public string? Web { get; set; }

    /// <summary>ISO 639-1 codes separated by commas or spaces: "fi, sv, en, so".</summary>
    public string? Languages { get; set; }

    public bool PhoneInterpreting { get; set; }

    public bool RemoteInterpreting { get; set; }

    public List<string> Topics { get; set; } = [];

    public Dictionary<string, string?> Appointment { get; set; } = [];

    public Dictionary<string, string?> Accessibility { get; set; } = [];

    public Dictionary<string, string?> Notes { get; set; } = [];

    /// <summary>The day the facts were checked, <c>yyyy-MM-dd</c> (an <c>&lt;input type="date"&gt;</c>).</summary>
    public string? CheckedOn { get; set; }

    public List<WeeklySlotInput> Hours { get; set; } = [];

    public List<ExceptionInput> Exceptions { get; set; } = [];

    /// <summary>The form filled from <paramref name="version"/> (empty for none), with the empty slots and rows to fill.</summary>
    public static ServicePointInput From(ServicePointVersion? version)
    {
        var input = new ServicePointInput
        {
            Name = Texts(version?.Title),
            Organisation = Texts(version?.Organisation),
            Kind = version?.Kind,
            Street = Texts(version?.Street),
            PostalCode = version?.PostalCode,
            City = Texts(version?.City),
            Latitude = version?.Latitude?.ToString(CultureInfo.InvariantCulture),
            Longitude = version?.Longitude?.ToString(CultureInfo.InvariantCulture),
            Phone = version?.Phone,
            Web = version?.Web,
            Languages = version is null ? null : string.Join(", ", version.Languages),
            PhoneInterpreting = version?.PhoneInterpreting ?? false,
            RemoteInterpreting = version?.RemoteInterpreting ?? false,
            Topics = [.. version?.Topics ?? []],
            Appointment = Texts(version?.Appointment),
            Accessibility = Texts(version?.Accessibility),
            Notes = Texts(version?.Notes),
            CheckedOn = (version?.CheckedOn ?? SiteTime.Today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Hours = [.. (version?.Schedule ?? []).OrderBy(r => r.Opens).Select(r => new WeeklySlotInput
            {
                Channel = ChannelName(r.Channel),
                Day = DayName(r.Day),
                Opens = TimeText(r.Opens),
                Closes = TimeText(r.Closes),
            })],
            Exceptions = [.. (version?.Exceptions ?? []).OrderBy(e => e.Date).Select(e => new ExceptionInput
            {
                Date = e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Channel = e.Channel is { } channel ? ChannelName(channel) : null,
                Closed = e.Closed,
                Opens = e.Opens is { } opens ? TimeText(opens) : null,
                Closes = e.Closes is { } closes ? TimeText(closes) : null,
                Note = Texts(e.Note),
            })],
        };
        return input.Completed();
    }

    /// <summary>
    /// Adds what the grid lacks at the end of the lists, so what was posted keeps its place (and its field names, which
    /// the messages refer to): up to <see cref="SlotsPerDay"/> slots for every channel and day, and empty exception rows.
    /// </summary>
    public ServicePointInput Completed()
    {
        foreach (var channel in OpeningHoursReader.Channels.Keys)
        {
            foreach (var day in OpeningHoursReader.Days.Keys)
            {
                var count = Hours.Count(s => s.Channel == channel && s.Day == day);
                for (var i = count; i < SlotsPerDay; i++)
                {
                    Hours.Add(new WeeklySlotInput { Channel = channel, Day = day });
                }
            }
        }

        var empty = Exceptions.Count(e => e.IsEmpty);
        for (var i = empty; i < EmptyExceptionRows; i++)
        {
            Exceptions.Add(new ExceptionInput());
        }

        return this;
    }

    /// <summary>"HH:MM" as the time inputs write it; a range closing at midnight ("24:00") shows as 00:00.</summary>
    public static string TimeText(int minutes) => HoursRange.Format(minutes % HoursRange.MinutesPerDay);

    public static string ChannelName(ServiceChannel channel) => OpeningHoursReader.Channels.First(c => c.Value == channel).Key;

    public static string DayName(DayOfWeek day) => OpeningHoursReader.Days.First(d => d.Value == day).Key;

    private static Dictionary<string, string?> Texts(LocalizedText? text) =>
        SiteCultures.All.ToDictionary(c => c, c => text?.GetValueOrDefault(c));
}
