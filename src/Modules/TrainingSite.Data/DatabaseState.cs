namespace TrainingSite.Data;

public sealed record DatabaseState(string Provider, bool Reachable, IReadOnlyList<string> PendingMigrations)
{
    public bool Healthy => Reachable && PendingMigrations.Count == 0;
}
