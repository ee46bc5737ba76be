using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingSite.Abstractions.Guidance;
using TrainingSite.Abstractions.Regions;
using TrainingSite.ServiceDirectory.Search;
using TrainingSite.ServiceDirectory.Services;

namespace TrainingSite.ServiceDirectory.Areas.Directory.Pages.Directory;

/// <summary>
/// /directory/{id}: a published service point in the UI language (Finnish fallback, marked with <c>lang</c>): how to
/// reach it, its state now and the coming week's hours per channel with today marked, languages, topics, the guidance
/// articles that link it, and the form for a referral slip. Public: the slip's QR code leads here.
/// </summary>
public sealed class PointModel(
    PublishedServicePoints points,
    WeekHours weekHours,
    TimeProvider clock,
    LanguageNames languageNames,
    IEnumerable<IGuidanceDirectory> guidance,
    IEnumerable<IRegionDirectory> regions) : PageModel
{
    public PointView Point { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, points, cancellationToken) is not { } point)
        {
            return NotFound();
        }

        var language = SiteCultures.Current;
        var version = point.Version;
        var guidanceDirectory = guidance.FirstOrDefault();
        var topicNames = guidanceDirectory is null ? new Dictionary<string, LocalizedText>() : (await guidanceDirectory.TopicsAsync(cancellationToken)).Where(t => version.Topics.Contains(t.Id)).ToDictionary(t => t.Id, t => t.Name);
        var region = point.RegionId is null || regions.FirstOrDefault() is not { } regionDirectory
            ? null
            : (await regionDirectory.ListAsync(cancellationToken)).FirstOrDefault(r => r.Id == point.RegionId);
        Point = new PointView(
            point,
            region?.Name.Resolve(language),
            weekHours.For(version, clock.GetUtcNow(), language),
            [.. version.Languages.Select(code => (code, languageNames.Name(code, language)))],
            [.. version.Topics.Select(topic => (topic, topicNames.TryGetValue(topic, out var name) ? name.Resolve(language) : null))],
            guidanceDirectory is null ? [] : await guidanceDirectory.LinkingToServicePointAsync(point.Id, User, cancellationToken));
        return Page();
    }

    /// <summary>The published point; null for an unknown, unpublished or blank id (a 404 either way).</summary>
    internal static async Task<PublishedServicePoint?> LoadAsync(string? id, PublishedServicePoints points, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(id) || id.Length > 200 ? null : await points.FindAsync(id, cancellationToken);
}
