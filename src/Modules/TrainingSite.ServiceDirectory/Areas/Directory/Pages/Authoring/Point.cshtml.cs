using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Guidance;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Core.Authoring;
using TrainingSite.Core.Recipes;
using TrainingSite.Core.Ui;
using TrainingSite.ServiceDirectory.Models;
using TrainingSite.ServiceDirectory.Services;

namespace TrainingSite.ServiceDirectory.Areas.Directory.Pages.Authoring;

/// <summary>
/// /authoring/directory/{pointId}: the point's draft (every fact, the weekly hours and exceptions); publish or discard
/// the draft. The point is loaded and authorized on its region before any handler runs (see <see cref="AuthoringPageModel"/>),
/// so a coordinator reaches only their regions' points, whatever they post.
/// </summary>
[Authorize(Policy = ServiceDirectoryPermissions.EditOwnRegionPolicy)]
public sealed class PointModel(ServicePointAuthoring authoring, ServicePointFormReader form, IGuidanceDirectory guidance, IStringLocalizer<ServiceDirectoryStrings> strings) : AuthoringPageModel
{
    [FromRoute]
    public string PointId { get; set; } = string.Empty;

    [BindProperty]
    public ServicePointInput Input { get; set; } = new();

    public ServicePoint Point { get; private set; } = null!;

    public IReadOnlyList<TopicInfo> Topics { get; private set; } = [];

    public ServicePointVersion? Latest => VersionWorkflow.Latest(Point.Versions);

    public ServicePointState State => VersionWorkflow.Published(Point.Versions) is null ? ServicePointState.Draft
        : VersionWorkflow.Draft(Point.Versions) is null ? ServicePointState.Published : ServicePointState.Changed;

    public string Title => Latest?.Title.ToString() is { Length: > 0 } name ? name : Point.Id;

    private string EditorUrl => $"/authoring/directory/{Point.Id}";

    public override async Task<RegionalResource?> LoadResourceAsync(CancellationToken cancellationToken)
    {
        if (!RecipeReader.IsValidId(PointId) || await authoring.LoadAsync(PointId, cancellationToken) is not { } point)
        {
            return null;
        }

        (Point, Topics) = (point, await guidance.TopicsAsync(cancellationToken));
        return new RegionalResource(point.RegionId, ServiceDirectoryPermissions.Rules);
    }

    public void OnGet() => Input = ServicePointInput.From(Latest);

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var facts = form.Read(Input, Topics, ModelState);
        if (!ModelState.IsValid)
        {
            Input.Completed();
            return this.Invalid();
        }

        await authoring.SaveDraftAsync(Point, facts, Author, cancellationToken);
        return Done(AuthoringText["Notice.DraftSaved"], EditorUrl);
    }

    /// <summary>Publishes the draft; with a translation missing or older than the Finnish text, first a warning (see <see cref="AuthoringPageModel.WarnOfTranslations"/>).</summary>
    public async Task<IActionResult> OnPostPublishAsync(bool publishAnyway, CancellationToken cancellationToken)
    {
        if (WarnOfTranslations(VersionWorkflow.Draft(Point.Versions), publishAnyway, Title, EditorUrl) is { } warning)
        {
            return warning;
        }

        var published = await authoring.PublishAsync(Point, Author, cancellationToken);
        return Done(published ? strings["Authoring.Publish.Done"] : AuthoringText["Notice.NothingToPublish"], EditorUrl);
    }

    public async Task<IActionResult> OnPostDiscardAsync(CancellationToken cancellationToken)
    {
        var discarded = await authoring.DiscardDraftAsync(Point, cancellationToken);
        return Done(discarded ? AuthoringText["Notice.Discarded"] : strings["Authoring.Publish.NothingToDiscard"], EditorUrl);
    }
}
