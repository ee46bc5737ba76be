using TrainingSite.ServiceDirectory.Models;

namespace TrainingSite.ServiceDirectory.Hours;

/// <summary>
/// The rules opening hours keep wherever they are written: the <c>servicepoints</c> recipe step and the authoring form
/// both ask these, and each reports the answers in its own terms (a JSON path, a form field). The caller's key
/// (<typeparamref name="TKey"/>) says where each range was written.
/// </summary>
public static class OpeningHoursChecks
{
    private const int Day = HoursRange.MinutesPerDay;

    /// <summary>A range whose opening and closing times are the same opens no time at all.</summary>
    public static bool IsEmpty(int opens, int closes) => opens == closes;

    /// <summary>A dated exception is either closed or has both an opening and a closing time: not both, not neither.</summary>
    public static bool IsClosedOrHasHours(bool closed, bool hasOpens, bool hasCloses) => closed ? !hasOpens && !hasCloses : hasOpens && hasCloses;

    /// <summary>
    /// Weekly ranges of one channel that overlap (a range past midnight reaches into the next day, Sunday's into Monday),
    /// each pair once: the one written first (lower <c>Order</c>), the one written later, and the day of the range that
    /// starts later. Ranges with the same order (one range written for several days) are never compared.
    /// </summary>
    public static IEnumerable<(TKey Earlier, TKey Later, DayOfWeek Day)> WeeklyOverlaps<TKey>(IEnumerable<(TKey Key, int Order, DayOfWeek Day, int Opens, int Closes)> ranges)
    {
        var ordered = ranges.SelectMany(r => Place(r.Key, r.Order, r.Day, r.Opens, r.Closes)).OrderBy(p => p.Start).ToList();
        var reported = new HashSet<(int, int)>();
        for (var i = 0; i < ordered.Count; i++)
        {
            for (var j = i + 1; j < ordered.Count && ordered[j].Start < ordered[i].End; j++)
            {
                var (first, second) = (ordered[i], ordered[j]);
                var (earlier, later) = first.Order < second.Order ? (first, second) : (second, first);
                if (earlier.Order != later.Order && reported.Add((earlier.Order, later.Order)))
                {
                    yield return (earlier.Key, later.Key, second.Day);
                }
            }
        }
    }

    /// <summary>
    /// Dated exceptions that contradict each other: on one date and channel (or for every channel), a closure with
    /// anything else, or ranges that overlap. Each later exception is named once, with the first one it contradicts.
    /// </summary>
    public static IEnumerable<(TKey Earlier, TKey Later, DateOnly Date)> ConflictingExceptions<TKey>(IEnumerable<(TKey Key, ExceptionDay Exception)> exceptions)
    {
        foreach (var group in exceptions.GroupBy(e => (e.Exception.Date, e.Exception.Channel)))
        {
            var items = group.ToList();
            for (var j = 1; j < items.Count; j++)
            {
                if (items.Take(j).FirstOrDefault(i => Conflict(i.Exception, items[j].Exception)) is { Exception: not null } earlier)
                {
                    yield return (earlier.Key, items[j].Key, group.Key.Date);
                }
            }
        }
    }

    /// <summary>A range on the week's timeline (minutes from Monday 00:00); one past Sunday midnight also wraps to Monday.</summary>
    private static IEnumerable<Placed<TKey>> Place<TKey>(TKey key, int order, DayOfWeek day, int opens, int closes)
    {
        var start = ((((int)day) + 6) % 7 * Day) + opens;
        var end = start - opens + (closes <= opens ? closes + Day : closes);
        yield return new Placed<TKey>(start, end, key, order, day);
        if (end > 7 * Day)
        {
            yield return new Placed<TKey>(start - (7 * Day), end - (7 * Day), key, order, day);
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

    private sealed record Placed<TKey>(int Start, int End, TKey Key, int Order, DayOfWeek Day);
}
