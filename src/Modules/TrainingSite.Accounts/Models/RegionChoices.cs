using Microsoft.AspNetCore.Mvc.Rendering;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Regions;

namespace TrainingSite.Accounts.Models;

/// <summary>Select-list options for regions and languages, shared by the profile, register and admin forms.</summary>
public static class RegionChoices
{
    public static async Task<IReadOnlyList<SelectListItem>> RegionsAsync(IRegionDirectory regions, string noneText, CancellationToken cancellationToken)
    {
        var list = await regions.ListAsync(cancellationToken);
        return [new SelectListItem(noneText, string.Empty), .. list.Select(r => new SelectListItem(r.Name.ToString(), r.Id))];
    }

    public static async Task<bool> IsKnownRegionAsync(IRegionDirectory regions, string? regionId, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(regionId) || (await regions.ListAsync(cancellationToken)).Any(r => r.Id == regionId);

    public static IReadOnlyList<SelectListItem> Languages(Func<string, string> name) =>
        [.. SiteCultures.All.Select(c => new SelectListItem(name(c), c))];
}
