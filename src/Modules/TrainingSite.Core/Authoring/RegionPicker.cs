using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Regions;

namespace TrainingSite.Core.Authoring;

/// <summary>
/// The region field of the pages that create a regional item (a course, a guidance article, a service point): the
/// choices are the regions the user may edit in, "national" first when they may; the posted choice is checked on the
/// server, as the choices alone prove nothing.
/// </summary>
public sealed class RegionPicker(IRegionalAccess access, IAuthorizationService authorization, IRegionDirectory regions)
{
    /// <summary>The value the form posts for "national" (no region).</summary>
    public const string NationalValue = "national";

    /// <param name="user">Who creates the item.</param>
    /// <param name="rules">The item kind's regional permissions.</param>
    /// <param name="nationalLabel">The text of the "national" choice.</param>
    /// <param name="label">The text of a region's choice.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<IReadOnlyList<SelectListItem>> ChoicesAsync(ClaimsPrincipal user, RegionalRules rules, string nationalLabel, Func<RegionInfo, string> label, CancellationToken cancellationToken)
    {
        var scope = await access.ScopeAsync(user, rules, RegionalOperation.Edit, cancellationToken);
        var choices = new List<SelectListItem>();
        if (scope.National)
        {
            choices.Add(new SelectListItem(nationalLabel, NationalValue));
        }

        choices.AddRange((await regions.ListAsync(cancellationToken)).Where(r => scope.Includes(r.Id)).Select(r => new SelectListItem(label(r), r.Id)));
        return choices;
    }

    /// <summary>
    /// The posted choice as a region id (null: national). An unknown value is an error on <paramref name="field"/>
    /// (<paramref name="unknownMessage"/>); a known one the user may not edit in is <see cref="RegionChoice.Forbidden"/>.
    /// </summary>
    public async Task<RegionChoice> CheckAsync(
        ClaimsPrincipal user, string? value, RegionalRules rules, ModelStateDictionary modelState, string field, string unknownMessage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var regionId = value == NationalValue ? null : value;
        if (value != NationalValue && !(await regions.ListAsync(cancellationToken)).Any(r => r.Id == value))
        {
            modelState.AddModelError(field, unknownMessage);
            return new RegionChoice(null, Forbidden: false);
        }

        return new RegionChoice(regionId, Forbidden: !await authorization.MayAsync(user, regionId, rules, RegionalOperation.Edit));
    }
}

/// <summary>A checked region choice: the region id (null: national) and whether the user may not create items there.</summary>
public readonly record struct RegionChoice(string? RegionId, bool Forbidden);
