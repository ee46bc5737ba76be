using System.Globalization;
using Microsoft.Extensions.Localization;
using TrainingSite.Core.Localization;
using TrainingSite.ServiceDirectory.Hours;
using TrainingSite.ServiceDirectory.Models;

namespace TrainingSite.ServiceDirectory.Services;

/// <summary>
/// A point's hours for the coming week in one language (the UI's on the point page, the customer's on a slip): per
/// channel offered (in person, phone, chat), its state now and seven days from today's Finnish date, exceptions applied.
/// </summary>
public sealed class WeekHours(OpeningHoursCalculator calculator, OpeningStatusText statusText, IStringLocalizer<ServiceDirectoryStrings> strings)
{
    public IReadOnlyList<ChannelWeek> For(ServicePointVersion point, DateTimeOffset now, string language)
    {
        var hours = OpeningHours.Of(point);
        var today = calculator.LocalDate(now);
        return [.. Enum.GetValues<ServiceChannel>().Where(hours.Offers).Select(channel =>
        {
            var status = calculator.StatusAt(hours, channel, now);
            var days = calculator.Week(hours, channel, now).Select(day => Row(day, today, language)).ToList();
            return new ChannelWeek(channel, strings.In(language, $"Channel.{channel}"), status, statusText.Describe(status, now, language), days);
        })];
    }

    /// <summary>"ma 21.12." in Finnish, "mån 21.12." in Swedish, "Mon 21.12." in English.</summary>
    public string DayLabel(DateOnly date, string language) =>
        string.Create(CultureInfo.InvariantCulture, $"{statusText.DayName(date.DayOfWeek, language)} {date.Day}.{date.Month}.");

    private WeekRow Row(DayHours day, DateOnly today, string language)
    {
        var hours = day.IsClosed
            ? strings.In(language, "Point.Closed")
            : string.Join(", ", day.Ranges.Select(r => $"{SiteTime.ClockTime(r.Opens, language)}–{SiteTime.ClockTime(r.Closes == 0 ? HoursRange.MinutesPerDay : r.Closes, language)}"));
        var note = day.Note is { Count: > 0 } text ? text.Resolve(language) : null;
        return new WeekRow(day.Date, DayLabel(day.Date, language), hours, day.Date == today, day.IsException, note);
    }
}
