using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.AuditTrail.Models;
using TrainingSite.AuditTrail.Paging;
using TrainingSite.Data;

namespace TrainingSite.AuditTrail.Services;

/// <summary>
/// Reads the trail for both pages: the reader's scope first (a coordinator's regions; events with no region only with
/// the national permission), then the filter, newest first, one keyset page. Each filter is an equality or a range on
/// an indexed column (OccurredAt, RegionId+OccurredAt, Kind+OccurredAt, ItemType+ItemId) except the text matches.
/// </summary>
public sealed class AuditEventQuery(TrainingDbContext db)
{
    public const int PageSize = 50;

    /// <summary>Counting stops here: "more than 10,000" says enough, and counting 100,000 events on every page view does not pay.</summary>
    public const int CountLimit = 10_000;

    public async Task<AuditResult> ReadAsync(AuditCriteria criteria, RegionScope scope, CancellationToken cancellationToken)
    {
        var events = Filter(Scoped(db.Set<AuditEvent>().AsNoTracking(), scope), criteria);
        var total = await events.Take(CountLimit + 1).CountAsync(cancellationToken);
        if (criteria.After is { } after)
        {
            events = events.Where(e => e.OccurredAt < after.At || (e.OccurredAt == after.At && e.Id < after.Id));
        }

        var page = await events.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).Take(PageSize + 1).ToListAsync(cancellationToken);
        var next = page.Count > PageSize ? new AuditCursor(page[PageSize - 1].OccurredAt, page[PageSize - 1].Id) : null;
        return new AuditResult([.. page.Take(PageSize)], Math.Min(total, CountLimit), total > CountLimit, next);
    }

    private static IQueryable<AuditEvent> Scoped(IQueryable<AuditEvent> events, RegionScope scope)
    {
        if (scope.AllRegions)
        {
            return scope.National ? events : events.Where(e => e.RegionId != null);
        }

        var regions = scope.Regions.ToList();
        return scope.National
            ? events.Where(e => e.RegionId == null || regions.Contains(e.RegionId))
            : events.Where(e => e.RegionId != null && regions.Contains(e.RegionId));
    }

    private IQueryable<AuditEvent> Filter(IQueryable<AuditEvent> events, AuditCriteria criteria)
    {
        if (criteria.Kind is { } kind)
        {
            events = events.Where(e => e.Kind == kind);
        }

        if (criteria.NationalOnly)
        {
            events = events.Where(e => e.RegionId == null);
        }
        else if (criteria.RegionId is { } regionId)
        {
            events = events.Where(e => e.RegionId == regionId);
        }

        if (criteria.ItemType is { } itemType)
        {
            events = events.Where(e => e.ItemType == itemType);
        }

        if (criteria.FromUtc is { } from)
        {
            events = events.Where(e => e.OccurredAt >= from);
        }

        if (criteria.ToUtc is { } to)
        {
            events = events.Where(e => e.OccurredAt < to);
        }

#pragma warning disable CA1304, CA1311 // ToUpper here becomes SQL's UPPER(); it never runs in .NET.
        if (criteria.Actor is { } actor)
        {
            // The name as recorded, or the e-mail of the actor's account (the name alone may be ambiguous).
            var pattern = LikePattern.Contains(actor);
            var byEmail = db.Users.Where(u => EF.Functions.Like(u.NormalizedEmail!, pattern, LikePattern.Escape)).Select(u => u.Id);
            events = events.Where(e => EF.Functions.Like(e.ActorName.ToUpper(), pattern, LikePattern.Escape) || byEmail.Contains(e.ActorId!));
        }

        if (criteria.Item is { } item)
        {
            var pattern = LikePattern.Contains(item);
            events = events.Where(e => e.ItemId == item || EF.Functions.Like(e.ItemTitle!.ToUpper(), pattern, LikePattern.Escape));
        }
#pragma warning restore CA1304, CA1311

        return events;
    }
}
