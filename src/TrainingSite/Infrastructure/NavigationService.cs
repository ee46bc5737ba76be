using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Navigation;

namespace TrainingSite.Infrastructure;

/// <summary>Builds a menu from the modules' entries, keeping those the user's permissions allow.</summary>
public sealed class NavigationService(
    IEnumerable<INavigationProvider> providers,
    IAuthorizationService authorization,
    IStringLocalizerFactory localizers)
{
    public async Task<IReadOnlyList<NavigationLink>> MenuAsync(string menu, ClaimsPrincipal user, string currentPath)
    {
        var allowed = new List<NavigationEntry>();
        foreach (var entry in providers.SelectMany(p => p.GetEntries()).Where(e => e.Menu == menu).OrderBy(e => e.Order))
        {
            if (entry.Policy is null || (await authorization.AuthorizeAsync(user, entry.Policy)).Succeeded)
            {
                allowed.Add(entry);
            }
        }

        // One link is current: the longest address the path starts with (/certificates/verify, not /certificates too).
        var current = allowed.Where(e => Matches(e.Url, currentPath)).MaxBy(e => e.Url.Length);
        return [.. allowed.Select(e => new NavigationLink(localizers.Create(e.Strings)[e.TextKey], e.Url, e == current))];
    }

    private static bool Matches(string url, string path) =>
        url == "/" ? path == "/" : path.StartsWith(url, StringComparison.OrdinalIgnoreCase);
}
