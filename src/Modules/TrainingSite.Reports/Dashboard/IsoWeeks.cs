using System.Globalization;
using TrainingSite.Core.Localization;

namespace TrainingSite.Reports.Dashboard;

/// <summary>Counts moments per ISO 8601 week (Monday to Sunday, Finnish time), with a zero for every empty week between.</summary>
public static class IsoWeeks
{
    /// <summary>
    /// One <see cref="WeekCount"/> per week from the week of <paramref name="from"/> (or of the earliest moment when
    /// null) to the week of <paramref name="until"/>.
    /// </summary>
    public static IReadOnlyList<WeekCount> Count(IEnumerable<DateTimeOffset> moments, DateTimeOffset? from, DateTimeOffset until)
    {
        var counts = moments.GroupBy(m => MondayOf(m)).ToDictionary(g => g.Key, g => g.Count());
        if (from is null && counts.Count == 0)
        {
            return [];
        }

        var first = from is { } start ? MondayOf(start) : counts.Keys.Min();
        var last = MondayOf(until);
        var weeks = new List<WeekCount>();
        for (var monday = first; monday <= last; monday = monday.AddDays(7))
        {
            var date = monday.ToDateTime(TimeOnly.MinValue);
            weeks.Add(new WeekCount(ISOWeek.GetYear(date), ISOWeek.GetWeekOfYear(date), monday, counts.GetValueOrDefault(monday)));
        }

        return weeks;
    }

    public static DateOnly MondayOf(DateTimeOffset moment)
    {
        var day = DateOnly.FromDateTime(SiteTime.ToFinnishTime(moment).DateTime);
        var sinceMonday = ((int)day.DayOfWeek + 6) % 7;
        return day.AddDays(-sinceMonday);
    }
}
