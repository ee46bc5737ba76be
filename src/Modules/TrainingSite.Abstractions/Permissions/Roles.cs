namespace TrainingSite.Abstractions.Permissions;

/// <summary>The site's roles. A new account is a <see cref="Learner"/> and a <see cref="NetworkMember"/>.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string RegionalCoordinator = "RegionalCoordinator";
    public const string Learner = "Learner";
    public const string NetworkMember = "NetworkMember";

    public static readonly IReadOnlyList<string> All = [Administrator, RegionalCoordinator, Learner, NetworkMember];
}
