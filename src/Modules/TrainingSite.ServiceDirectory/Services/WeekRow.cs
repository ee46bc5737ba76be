namespace TrainingSite.ServiceDirectory.Services;

/// <summary>
/// One day of a channel's coming week, in words of one language: "ma 21.12.", "9.00–16.00" or "suljettu", and the
/// exception's note when a dated exception replaced the weekly hours.
/// </summary>
public sealed record WeekRow(DateOnly Date, string Day, string Hours, bool IsToday, bool IsException, LocalizedTextValue? Note);
