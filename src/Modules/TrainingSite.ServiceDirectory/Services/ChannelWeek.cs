using TrainingSite.ServiceDirectory.Hours;
using TrainingSite.ServiceDirectory.Models;

namespace TrainingSite.ServiceDirectory.Services;

/// <summary>A channel the point offers: its name, its state now in words, and its seven days from today.</summary>
public sealed record ChannelWeek(ServiceChannel Channel, string Name, ChannelStatus Status, string StatusText, IReadOnlyList<WeekRow> Days);
