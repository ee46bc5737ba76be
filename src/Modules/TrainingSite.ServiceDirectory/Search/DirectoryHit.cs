using TrainingSite.ServiceDirectory.Hours;

namespace TrainingSite.ServiceDirectory.Search;

/// <summary>A point found, with the state of each channel it offers at the search's instant (now or the chosen time).</summary>
public sealed record DirectoryHit(DirectoryEntry Entry, double Score, IReadOnlyList<ChannelStatus> Channels)
{
    public bool IsOpen => Channels.Any(c => c.IsOpen);
}
