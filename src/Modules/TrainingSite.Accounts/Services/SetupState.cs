namespace TrainingSite.Accounts.Services;

/// <summary>Remembers once an administrator exists, so the first-run check costs no query afterwards.</summary>
public sealed class SetupState
{
    private volatile bool _hasAdministrator;

    public bool HasAdministrator
    {
        get => _hasAdministrator;
        set => _hasAdministrator = value;
    }

    /// <summary>Serialises first-run setup so two browsers cannot both create the first administrator.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);
}
