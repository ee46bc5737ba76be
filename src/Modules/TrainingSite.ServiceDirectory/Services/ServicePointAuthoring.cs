using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data;
using TrainingSite.ServiceDirectory.Models;

namespace TrainingSite.ServiceDirectory.Services;

/// <summary>
/// Changes the keepers of service points make: drafts, publishing, discarding and restoring, through the one
/// <see cref="VersionWorkflow"/> every versioned content uses. Callers authorize the point first (the authoring pages
/// through <see cref="ServiceDirectoryPermissions.Rules"/>). Each change is one SaveChanges, so one transaction, with
/// its audit event (published, discarded, restored, as for guidance articles).
/// </summary>
public sealed class ServicePointAuthoring(TrainingDbContext db, IAuditTrail audit, TimeProvider clock)
{
    /// <summary>"new" is a path segment of the authoring pages, so no point may take it as its id.</summary>
    public const string ReservedId = "new";

    /// <summary>The points within <paramref name="scope"/> (national ones and those of the regions it includes), as the list shows them.</summary>
    public async Task<List<ServicePointListItem>> ListAsync(RegionScope scope, CancellationToken cancellationToken)
    {
        var (national, allRegions, regions) = (scope.National, scope.AllRegions, scope.Regions.ToList());
        // Only the draft and the live version matter for the list.
        var rows = await db.Set<ServicePointVersion>().AsNoTracking()
            .Where(v => v.IsPublished || v.PublishedAt == null)
            .Join(
                db.Set<ServicePoint>().Where(p => (p.RegionId == null && national) || (p.RegionId != null && (allRegions || regions.Contains(p.RegionId)))),
                v => v.PointId,
                p => p.Id,
                (v, p) => new { p.Id, p.RegionId, v.IsPublished, v.Title, v.Kind, v.CheckedOn })
            .ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => r.Id).Select(g =>
        {
            var draft = g.FirstOrDefault(r => !r.IsPublished);
            var live = g.FirstOrDefault(r => r.IsPublished);
            var latest = draft ?? live!;
            var state = live is null ? ServicePointState.Draft : draft is null ? ServicePointState.Published : ServicePointState.Changed;
            return new ServicePointListItem(g.Key, latest.RegionId, latest.Title, latest.Kind, state, latest.CheckedOn);
        })];
    }

    public Task<ServicePoint?> LoadAsync(string pointId, CancellationToken cancellationToken) =>
        db.Set<ServicePoint>().Include(p => p.Versions).FirstOrDefaultAsync(p => p.Id == pointId, cancellationToken);

    public async Task<bool> IsTakenAsync(string pointId, CancellationToken cancellationToken) =>
        pointId == ReservedId || await db.Set<ServicePoint>().AnyAsync(p => p.Id == pointId, cancellationToken);

    /// <summary>Creates the point with its first draft; the id is the one given, else one made from the Finnish name.</summary>
    public async Task<string> CreateAsync(string? pointId, string? regionId, ServicePointVersion facts, ContentAuthor author, CancellationToken cancellationToken)
    {
        if (pointId is null)
        {
            var taken = (await db.Set<ServicePoint>().Select(p => p.Id).ToListAsync(cancellationToken)).Append(ReservedId).ToHashSet(StringComparer.Ordinal);
            pointId = IdSlug.Unique(facts.Title.GetValueOrDefault(SiteCultures.Default) ?? facts.Title.ToString(), taken, fallback: "service-point");
        }

        var point = new ServicePoint { Id = pointId, RegionId = regionId, CreatedAt = clock.GetUtcNow() };
        db.Add(point);
        WriteDraft(point, facts, author);
        await db.SaveChangesAsync(cancellationToken);
        return point.Id;
    }

    public Task SaveDraftAsync(ServicePoint point, ServicePointVersion facts, ContentAuthor author, CancellationToken cancellationToken)
    {
        WriteDraft(point, facts, author);
        return db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Publishes the draft with its audit event; false when there is no draft.</summary>
    public async Task<bool> PublishAsync(ServicePoint point, ContentAuthor author, CancellationToken cancellationToken)
    {
        if (!VersionWorkflow.Publish(point.Versions, author, clock.GetUtcNow()))
        {
            return false;
        }

        Record(AuditKinds.ContentPublished, point, VersionWorkflow.Published(point.Versions));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Drops the draft when a live version exists to fall back to; false otherwise.</summary>
    public async Task<bool> DiscardDraftAsync(ServicePoint point, CancellationToken cancellationToken)
    {
        var draft = VersionWorkflow.Draft(point.Versions);
        if (draft is null || VersionWorkflow.Published(point.Versions) is null)
        {
            return false;
        }

        point.Versions.Remove(draft);
        db.Remove(draft);
        Record(AuditKinds.ContentDiscarded, point, draft);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Makes an earlier version's facts the draft (publishing it is a separate, explicit step); false for an unknown version.</summary>
    public async Task<bool> RestoreAsync(ServicePoint point, int number, ContentAuthor author, CancellationToken cancellationToken)
    {
        var source = point.Versions.FirstOrDefault(v => v.Number == number);
        if (source is null)
        {
            return false;
        }

        if (!source.IsDraft)
        {
            // The facts come back with the day they were checked, which is one of them.
            WriteDraft(point, source, author);
            Record(AuditKinds.ContentRestored, point, VersionWorkflow.Draft(point.Versions), $"from version {number}");
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }

    /// <summary>Adds the event (the point's Finnish name and region) to this unit of work: the next SaveChanges writes it with the change.</summary>
    private void Record(string kind, ServicePoint point, ServicePointVersion? version, string? details = null)
    {
        var name = VersionWorkflow.Latest(point.Versions)?.Title ?? version?.Title;
        audit.Record(new AuditRecord(kind, AuditItemTypes.ServicePoint, point.Id, name is null ? point.Id : AuditTitle.Of(name), point.RegionId, details)
        {
            VersionNumber = version?.Number,
        });
    }

    private void WriteDraft(ServicePoint point, ServicePointVersion facts, ContentAuthor author)
    {
        var now = clock.GetUtcNow();
        var draft = VersionWorkflow.EnsureDraft(point.Versions, source => ServicePointVersion.CopyOf(point.Id, source), author, now);
        var before = Texts(draft);
        facts.CopyFactsTo(draft);
        VersionWorkflow.TrackTextChanges(draft.TextUpdatedAt, now, [.. before.Zip(Texts(draft))]);
        draft.UpdatedAt = now;
        draft.SetAuthor(author);
    }

    /// <summary>The texts a translation is judged by: a language whose text changed is newer than the others.</summary>
    private static LocalizedText[] Texts(ServicePointVersion version) =>
        [version.Title, version.Organisation, version.Street, version.City, version.Appointment, version.Accessibility, version.Notes];
}
