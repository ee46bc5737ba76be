using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Abstractions.Reporting;
using TrainingSite.AuditTrail.Links;
using TrainingSite.AuditTrail.Models;
using TrainingSite.AuditTrail.Services;
using TrainingSite.Core.Localization;
using TrainingSite.Core.Ui;

namespace TrainingSite.AuditTrail.Areas.AuditTrail.Pages;

/// <summary>
/// The one audit trail page, read within a scope: /admin/audit (every event) and /reports/audit (a coordinator's
/// regions) differ only in <see cref="ScopeAsync"/> and whether administration pages are linked. GET only: no handler
/// changes an event. A region outside the scope is refused (403), never answered with an empty list.
/// </summary>
public abstract class AuditTrailPageModel(
    AuditEventQuery query, IRegionDirectory regionDirectory, ILearningFacts learning, IStringLocalizer<AuditTrailStrings> strings, IStringLocalizer<SharedStrings> shared)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public AuditFilterForm Filter { get; set; } = new();

    public IReadOnlyList<AuditRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public bool MoreThanTotal { get; private set; }

    public string? NextPageUrl { get; private set; }

    public string? FirstPageUrl { get; private set; }

    /// <summary>The regions the filter offers: those in scope, by name.</summary>
    public IReadOnlyList<(string Id, string Name)> Regions { get; private set; } = [];

    public bool OffersNational { get; private set; }

    /// <summary>Where this page lives (for the form and the paging links).</summary>
    public abstract string Path { get; }

    /// <summary>Whether the page links accounts, roles, certificates and recipes to their administration pages.</summary>
    protected abstract bool Administrator { get; }

    protected abstract Task<RegionScope> ScopeAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The trail is read-only through the site: a page without a POST handler would otherwise render itself for any
    /// verb that passes the antiforgery check, so everything but GET and HEAD is answered 405 here.
    /// </summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (!HttpMethods.IsGet(Request.Method) && !HttpMethods.IsHead(Request.Method))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
        }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(cancellationToken);
        if (scope.IsEmpty)
        {
            return Forbid();
        }

        var regions = await regionDirectory.ListAsync(cancellationToken);
        Regions = [.. regions.Where(r => scope.Includes(r.Id)).Select(r => (r.Id, r.Name.ToString())).OrderBy(r => r.Item2, StringComparer.CurrentCulture)];
        OffersNational = scope.National;

        var criteria = Filter.Validate(ModelState, strings);
        if (criteria is null)
        {
            return this.Invalid();
        }

        if ((criteria.NationalOnly && !scope.National) || (criteria.RegionId is { } regionId && !scope.Includes(regionId)))
        {
            return Forbid();
        }

        var result = await query.ReadAsync(criteria, scope, cancellationToken);
        Total = result.Total;
        MoreThanTotal = result.MoreThanTotal;
        var names = regions.ToDictionary(r => r.Id, r => r.Name.ToString(), StringComparer.Ordinal);
        var courseOfLesson = await LessonCoursesAsync(result.Events, cancellationToken);
        Rows = [.. result.Events.Select(e => RowOf(e, names, courseOfLesson))];
        NextPageUrl = result.Next is { } next ? Path + Filter.QueryString(next.ToString()) : null;
        FirstPageUrl = criteria.After is not null ? Path + Filter.QueryString() : null;
        return Page();
    }

    private AuditRow RowOf(AuditEvent e, IReadOnlyDictionary<string, string> regionNames, IReadOnlyDictionary<string, string> courseOfLesson)
    {
        var link = AuditItemLinks.For(e, Administrator, lessonId => courseOfLesson.GetValueOrDefault(lessonId));
        var occurredAt = DateTime.SpecifyKind(e.OccurredAt, DateTimeKind.Utc);
        return new AuditRow(
            e.Id,
            occurredAt,
            SiteTime.DateTime(new DateTimeOffset(occurredAt)),
            ActorShown(e),
            e.ClientAddress,
            Localized("Kind.", e.Kind),
            Localized("ItemType.", e.ItemType),
            e.ItemTitle ?? e.ItemId,
            link.Item,
            e.VersionNumber,
            link.Comparison,
            e.RegionId is null ? null : regionNames.GetValueOrDefault(e.RegionId, e.RegionId),
            e.Details);
    }

    private string ActorShown(AuditEvent e) => e.ActorId switch
    {
        ContentVersion.DeletedUser => shared["Author.DeletedUser"],
        null => strings["Actor.System"],
        _ => e.ActorName,
    };

    /// <summary>A kind or item type by its localized name; one the site does not know (yet) by its stored value.</summary>
    private string Localized(string prefix, string value)
    {
        var text = strings[prefix + value];
        return text.ResourceNotFound ? value : text.Value;
    }

    /// <summary>The courses of lessons recorded by their id alone: published lessons are found in the catalogue's cache.</summary>
    private async Task<IReadOnlyDictionary<string, string>> LessonCoursesAsync(IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken)
    {
        if (!events.Any(e => e.ItemType == AuditItemTypes.Lesson && e.ItemId?.Contains(AuditItemKeys.Separator, StringComparison.Ordinal) == false))
        {
            return new Dictionary<string, string>();
        }

        var courses = await learning.PublishedCoursesAsync(cancellationToken);
        return courses.SelectMany(c => c.Lessons.Select(l => (Lesson: l.Id, Course: c.Id)))
            .DistinctBy(p => p.Lesson, StringComparer.Ordinal)
            .ToDictionary(p => p.Lesson, p => p.Course, StringComparer.Ordinal);
    }
}
