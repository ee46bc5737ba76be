using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Accounts.Authorization;

/// <summary>Every declared permission, grouped by the module that declares it, with texts in the current language.</summary>
public sealed class PermissionCatalog(IEnumerable<IPermissionProvider> providers, IStringLocalizerFactory localizers)
{
    public sealed record Entry(string Name, string Description);

    public sealed record Group(string Module, IReadOnlyList<Entry> Permissions);

    public IReadOnlySet<string> Names { get; } = providers.SelectMany(p => p.GetPermissions()).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

    public IReadOnlyList<Group> Groups() =>
    [
        .. providers.Select(provider =>
        {
            var strings = localizers.Create(provider.Strings);
            return new Group(strings[provider.ModuleNameKey], [.. provider.GetPermissions().Select(p => new Entry(p.Name, strings[p.DescriptionKey]))]);
        }),
    ];
}
