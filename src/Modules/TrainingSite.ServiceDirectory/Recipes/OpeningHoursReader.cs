using System.Globalization;
using System.Text.Json;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Core.Recipes;
using TrainingSite.ServiceDirectory.Models;

namespace TrainingSite.ServiceDirectory.Recipes;

/// <summary>
/// Reads a point's <c>hours</c> (weekly ranges per channel) and <c>exceptions</c> (dated), reporting bad times,
/// days and dates, and ranges that overlap on one channel and day, each with its JSON path.
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

    private const int Day = 24 * 60;

    /// <summary><c>"hours": { "inPerson": [ { "days": ["mon"], "opens": "09:00", "closes": "16:00" } ], "phone": [...], "chat": [...] }</c></summary>
    public static List<WeeklyRange> ReadSchedule(RecipeReader point)
    {
        var schedule = new List<WeeklyRange>();
        point.ReadObject("hours", required: false, hours =>
        {
            foreach (var (name, channel) in Channels)
            {
                var placed = new List<Placed>();
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
                            placed.AddRange(Place(range.Path, index, day, o, c));
                        }
                    }

                    return range;
                });
                ReportOverlaps(hours.Context, placed);
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
            var hasTimes = item.ReadRaw("opens") is not null || item.ReadRaw("closes") is not null;
            if (closed == hasTimes || (!closed && (item.ReadRaw("opens") is null || item.ReadRaw("closes") is null)))
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
        ReportConflictingExceptions(point.Context, exceptions);
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
            return Day;
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
        if (opens is not null && opens == closes)
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

    /// <summary>A range on the week's timeline (minutes from Monday 00:00); one past Sunday midnight also wraps to Monday.</summary>
    private static IEnumerable<Placed> Place(string path, int order, DayOfWeek day, int opens, int closes)
    {
        var start = ((((int)day) + 6) % 7 * Day) + opens;
        var end = start - opens + (closes <= opens ? closes + Day : closes);
        yield return new Placed(start, end, path, order, day);
        if (end > 7 * Day)
        {
            yield return new Placed(start - (7 * Day), end - (7 * Day), path, order, day);
        }
    }

    private static void ReportOverlaps(RecipeValidationContext context, List<Placed> placed)
    {
        var reported = new HashSet<(int, int)>();
        var ordered = placed.OrderBy(p => p.Start).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            for (var j = i + 1; j < ordered.Count && ordered[j].Start < ordered[i].End; j++)
            {
                var (first, second) = (ordered[i], ordered[j]);
                // Reported once per pair, on the range written later, naming the one written first.
                var (earlier, later) = first.Order < second.Order ? (first, second) : (second, first);
                if (earlier.Order != later.Order && reported.Add((earlier.Order, later.Order)))
                {
                    context.Error(later.Path, ServicePointMessages.OverlappingHours, earlier.Path, DayName(second.Day));
                }
            }
        }
    }

    /// <summary>On one date and channel (or every channel), a closure with anything else, or ranges that overlap, contradict each other.</summary>
    private static void ReportConflictingExceptions(RecipeValidationContext context, List<(ExceptionDay Exception, string Path)> exceptions)
    {
        foreach (var group in exceptions.GroupBy(e => (e.Exception.Date, e.Exception.Channel)))
        {
            var items = group.ToList();
            for (var j = 1; j < items.Count; j++)
            {
                for (var i = 0; i < j; i++)
                {
                    if (Conflict(items[i].Exception, items[j].Exception))
                    {
                        context.Error(items[j].Path, ServicePointMessages.OverlappingHours, items[i].Path, group.Key.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                        break;
                    }
                }
            }
        }
    }

    private static bool Conflict(ExceptionDay first, ExceptionDay second)
    {
        if (first.Closed || second.Closed)
        {
            return true;
        }

        if (first.Opens is not { } o1 || first.Closes is not { } c1 || second.Opens is not { } o2 || second.Closes is not { } c2)
        {
            return false;
        }

        var end1 = c1 <= o1 ? c1 + Day : c1;
        var end2 = c2 <= o2 ? c2 + Day : c2;
        return o1 < end2 && o2 < end1;
    }

    private static string DayName(DayOfWeek day) => Days.First(d => d.Value == day).Key;

    private static string HoursText(int minutes) => string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:00}:{minutes % 60:00}");

    private sealed record Placed(int Start, int End, string Path, int Order, DayOfWeek Day);
}
