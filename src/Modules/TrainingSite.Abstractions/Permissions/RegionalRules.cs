namespace TrainingSite.Abstractions.Permissions;

/// <summary>
/// A module's table of which <see cref="RegionalGrant"/> allows each <see cref="RegionalOperation"/> on its items,
/// declared once beside its permissions. An operation the table does not name is refused.
/// </summary>
public sealed class RegionalRules
{
    private readonly Dictionary<RegionalOperation, RegionalGrant> _grants = [];

    public RegionalRules Allow(RegionalGrant grant, params RegionalOperation[] operations)
    {
        foreach (var operation in operations)
        {
            _grants[operation] = grant;
        }

        return this;
    }

    public RegionalGrant? For(RegionalOperation operation) => _grants.GetValueOrDefault(operation);

    public IEnumerable<Permission> Permissions => _grants.Values.SelectMany(g => new[] { g.OwnRegion, g.National }).Distinct();
}
