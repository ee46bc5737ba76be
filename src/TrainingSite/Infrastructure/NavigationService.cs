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
        var links = new List<NavigationLink>();
        foreach (var entry in providers.SelectMany(p => p.GetEntries()).Where(e => e.Menu == menu).OrderBy(e => e.Order))
        {
            if (entry.Policy is null || (await authorization.AuthorizeAsync(user, entry.Policy)).Succeeded)
            {
                var text = localizers.Create(entry.Strings)[entry.TextKey];
                var current = entry.Url == "/" ? currentPath == "/" : currentPath.StartsWith(entry.Url, StringComparison.OrdinalIgnoreCase);
                links.Add(new NavigationLink(text, entry.Url, current));
            }
        }

        return links;
    }
}
