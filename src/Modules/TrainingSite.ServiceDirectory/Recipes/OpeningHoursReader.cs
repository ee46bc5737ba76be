using System.Globalization;
using System.Text.Json;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Core.Recipes;
using TrainingSite.ServiceDirectory.Hours;
using TrainingSite.ServiceDirectory.Models;

namespace TrainingSite.ServiceDirectory.Recipes;

/// <summary>
/// Reads a point's <c>hours</c> (weekly ranges per channel) and <c>exceptions</c> (dated), reporting bad times,
/// days and dates, and ranges that overlap on one channel and day, each with its JSON path. The rules themselves are
/// <see cref="OpeningHoursChecks"/>, which the authoring form asks too.
/// </summary>
public static class OpeningHoursReader
{
    public static readonly IReadOnlyDictionary<string, ServiceChannel> Channels = new Dictionary<string, ServiceChannel>(StringComparer.Ordinal)
    {
        ["inPerson"] = ServiceChannel.InPerson,
        ["phone"] = ServiceChannel.Phone,
        ["chat"] = ServiceChannel.Chat,
    };

    public static readonly IReadOnlyDictionary<string, DayOfWeek> Days = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal)
    {
        ["mon"] = DayOfWeek.Monday,
        ["tue"] = DayOfWeek.Tuesday,
        ["wed"] = DayOfWeek.Wednesday,
        ["thu"] = DayOfWeek.Thursday,
        ["fri"] = DayOfWeek.Friday,
        ["sat"] = DayOfWeek.Saturday,
        ["sun"] = DayOfWeek.Sunday,
    };

    /// <summary><c>"hours": { "inPerson": [ { "days": ["mon"], "opens": "09:00", "closes": "16:00" } ], "phone": [...], "chat": [...] }</c></summary>
    public static List<WeeklyRange> ReadSchedule(RecipeReader point)
    {
        var schedule = new List<WeeklyRange>();
        point.ReadObject("hours", required: false, hours =>
        {
            foreach (var (name, channel) in Channels)
            {
                var placed = new List<(string Path, int Order, DayOfWeek Day, int Opens, int Closes)>();
                var order = 0;
                hours.ReadObjects(name, required: false, range =>
                {
                    var index = order++;
                    var days = ReadDays(range);
                    var (opens, closes) = ReadRange(range);
                    if (opens is { } o && closes is { } c)
                    {
                        foreach (var day in days.Distinct())
                        {
                            schedule.Add(new WeeklyRange(channel, day, o, c));
                            placed.Add((range.Path, index, day, o, c));
                        }
                    }

                    return range;
                });
                foreach (var (earlier, later, day) in OpeningHoursChecks.WeeklyOverlaps(placed))
                {
                    // Reported once per pair, on the range written later, naming the one written first.
                    hours.Context.Error(later, ServicePointMessages.OverlappingHours, earlier, DayName(day));
                }
            }

            // A misspelt channel ("inperson") would silently drop its hours: name it instead.
            foreach (var property in hours.Element.EnumerateObject().Where(p => !Channels.ContainsKey(p.Name)))
            {
                hours.Context.Error($"{hours.Path}.{property.Name}", RecipeMessages.OneOf, property.Name, string.Join(", ", Channels.Keys));
            }

            return hours;
        });
        return schedule;
    }

    /// <summary><c>"exceptions": [ { "date": "2026-12-24", "channel": "phone", "closed": true, "note": {...} }, { ..., "opens": "09:00", "closes": "13:00" } ]</c></summary>
    public static List<ExceptionDay> ReadExceptions(RecipeReader point)
    {
        var exceptions = new List<(ExceptionDay Exception, string Path)>();
        point.ReadObjects("exceptions", required: false, item =>
        {
            var date = item.ReadDate("date", required: true);
            var channelName = item.ReadOneOf("channel", required: false, [.. Channels.Keys]);
            var closed = item.ReadBoolean("closed", required: false) ?? false;
            var (opens, closes) = ReadRange(item, required: false);
            if (!OpeningHoursChecks.IsClosedOrHasHours(closed, item.ReadRaw("opens") is not null, item.ReadRaw("closes") is not null))
            {
                item.Context.Error(item.Path, ServicePointMessages.HoursOrClosed);
            }

            var note = item.ReadText("note", required: false);
            if (date is { } d)
            {
                var channel = channelName is null ? (ServiceChannel?)null : Channels[channelName];
                exceptions.Add((new ExceptionDay(d, channel, closed, closed ? null : opens, closed ? null : closes, note.Count > 0 ? note : null), item.Path));
            }

            return item;
        });
        foreach (var (earlier, later, date) in OpeningHoursChecks.ConflictingExceptions(exceptions.Select(e => (e.Path, e.Exception))))
        {
            point.Context.Error(later, ServicePointMessages.OverlappingHours, earlier, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return [.. exceptions.Select(e => e.Exception)];
    }

    /// <summary>"HH:MM", 00:00–23:59; <paramref name="allowMidnightEnd"/>: also "24:00" (a closing time).</summary>
    public static int? ParseTime(string text, bool allowMidnightEnd)
    {
        if (text.Length != 5 || text[2] != ':'
            || !int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes))
        {
            return null;
        }

        if (hours == 24 && minutes == 0 && allowMidnightEnd)
        {
            return HoursRange.MinutesPerDay;
        }

        return hours < 24 && minutes < 60 ? (hours * 60) + minutes : null;
    }

    private static List<DayOfWeek> ReadDays(RecipeReader range)
    {
        var days = new List<DayOfWeek>();
        var here = $"{range.Path}.days";
        if (range.ReadRaw("days") is not { ValueKind: JsonValueKind.Array } raw)
        {
            range.ReadStrings("days", required: true);
            return days;
        }

        if (raw.GetArrayLength() == 0)
        {
            range.Context.Error(here, RecipeMessages.Required);
        }

        var index = 0;
        foreach (var item in raw.EnumerateArray())
        {
            var name = item.ValueKind == JsonValueKind.String ? item.GetString()! : null;
            if (name is null)
            {
                range.Context.Error($"{here}[{index}]", RecipeMessages.ExpectedString);
            }
            else if (Days.TryGetValue(name, out var day))
            {
                days.Add(day);
            }
            else
            {
                range.Context.Error($"{here}[{index}]", RecipeMessages.OneOf, name, string.Join(", ", Days.Keys));
            }

            index++;
        }

        return days;
    }

    private static (int? Opens, int? Closes) ReadRange(RecipeReader range, bool required = true)
    {
        var opens = ReadTime(range, "opens", required, allowMidnightEnd: false);
        var closes = ReadTime(range, "closes", required, allowMidnightEnd: true);
        if (opens is { } o && closes is { } c && OpeningHoursChecks.IsEmpty(o, c))
        {
            range.Context.Error($"{range.Path}.closes", ServicePointMessages.EmptyHours, HoursText(closes.Value));
            return (null, null);
        }

        return (opens, closes);
    }

    private static int? ReadTime(RecipeReader range, string property, bool required, bool allowMidnightEnd)
    {
        var text = range.ReadString(property, required, maxLength: 5);
        if (text is null)
        {
            return null;
        }

        var minutes = ParseTime(text, allowMidnightEnd);
        if (minutes is null)
        {
            range.Context.Error($"{range.Path}.{property}", ServicePointMessages.InvalidTime, text);
        }

        return minutes;
    }

    private static string DayName(DayOfWeek day) => Days.First(d => d.Value == day).Key;

    private static string HoursText(int minutes) => string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:00}:{minutes % 60:00}");
}
