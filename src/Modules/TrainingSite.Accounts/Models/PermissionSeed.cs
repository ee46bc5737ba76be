namespace TrainingSite.Accounts.Models;

/// <summary>
/// A permission whose default grants have been written. Default grants are written once, when a permission is first
/// seen, so an administrator's later removal at /admin/roles stays removed across restarts.
/// </summary>
public sealed class PermissionSeed
{
    public const int NameLength = 256;

    public string Name { get; set; } = string.Empty;

    /// <summary>UTC.</summary>
    public DateTime SeededAt { get; set; }
}
