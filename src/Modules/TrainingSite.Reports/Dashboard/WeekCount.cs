namespace TrainingSite.Reports.Dashboard;

/// <summary>One ISO week (Monday <see cref="Start"/>, Finnish time) and how many certificates were issued in it.</summary>
public sealed record WeekCount(int Year, int Week, DateOnly Start, int Count);
