using System.Globalization;

namespace TrainingSite.AuditTrail.Paging;

/// <summary>
/// Where the next page of events starts (keyset paging): after the event at <see cref="At"/> with <see cref="Id"/>,
/// newest first. A page is then one index range read however deep the reader goes, unlike an offset.
/// </summary>
public sealed record AuditCursor(DateTime At, long Id)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{At.Ticks}-{Id}");

    public static bool TryParse(string? text, out AuditCursor? cursor)
    {
        cursor = null;
        var parts = text?.Split('-');
        if (parts is not [var ticksText, var idText]
            || !long.TryParse(ticksText, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || !long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || ticks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        cursor = new AuditCursor(new DateTime(ticks, DateTimeKind.Utc), id);
        return true;
    }
}
