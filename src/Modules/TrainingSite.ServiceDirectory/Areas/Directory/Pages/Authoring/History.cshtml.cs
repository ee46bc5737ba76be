using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Core.Authoring;
using TrainingSite.Core.Recipes;
using TrainingSite.ServiceDirectory.Models;
using TrainingSite.ServiceDirectory.Services;

namespace TrainingSite.ServiceDirectory.Areas.Directory.Pages.Authoring;

/// <summary>/authoring/directory/{pointId}/history: the point's versions; compare two; restore one as the draft.</summary>
[Authorize(Policy = ServiceDirectoryPermissions.EditOwnRegionPolicy)]
public sealed class HistoryModel(ServicePointAuthoring authoring, IStringLocalizer<ServiceDirectoryStrings> strings) : AuthoringPageModel
{
    [FromRoute]
    public string PointId { get; set; } = string.Empty;

    public ServicePoint Point { get; private set; } = null!;

    public VersionHistory History { get; private set; } = null!;

    public override async Task<RegionalResource?> LoadResourceAsync(CancellationToken cancellationToken)
    {
        if (!RecipeReader.IsValidId(PointId) || await authoring.LoadAsync(PointId, cancellationToken) is not { } point)
        {
            return null;
        }

        Point = point;
        return new RegionalResource(point.RegionId, ServiceDirectoryPermissions.Rules);
    }

    public IActionResult OnGet(int? from, int? to, bool compare = false)
    {
        var title = VersionWorkflow.Latest(Point.Versions)?.Title.ToString() is { Length: > 0 } t ? t : Point.Id;
        History = VersionHistory.Of(title, $"/authoring/directory/{Point.Id}", Point.Versions, from, to) with
        {
            Intro = strings["Authoring.History.Intro"],
            Fields = ServicePointHistoryFields.Of(strings),
        };
        return HistoryPage(History, compare);
    }

    public async Task<IActionResult> OnPostRestoreAsync(int number, CancellationToken cancellationToken)
    {
        var restored = await authoring.RestoreAsync(Point, number, Author, cancellationToken);
        return restored ? Done(AuthoringText["History.Restored", number], $"/authoring/directory/{Point.Id}") : NotFound();
    }
}
