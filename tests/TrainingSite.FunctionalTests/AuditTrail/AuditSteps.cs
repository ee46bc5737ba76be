using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Audit;
using TrainingSite.AuditTrail.Models;
using TrainingSite.Data;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.AuditTrail;

/// <summary>Events recorded the way the modules record them (IAuditTrail, then the caller's SaveChanges), at chosen times.</summary>
public static class AuditSteps
{
    /// <summary>A text no other test's events contain, to find this test's events among the shared site's.</summary>
    public static string Token() => "T" + Guid.NewGuid().ToString("N")[..12];

    public static AuditRecord Record(string kind, string itemType, string? itemId, string? title, string? region, string actor = "Auditor", int? version = null) =>
        new(kind, itemType, itemId, title, region, "details") { Actor = new AuditActor("actor-" + actor, actor), VersionNumber = version };

    /// <summary>Records each event through the site's writer in one SaveChanges, then gives each its time.</summary>
    public static Task RecordAsync(SiteFactory site, params (AuditRecord Record, DateTime At)[] events) =>
        site.WithServiceAsync(async services =>
        {
            var trail = services.GetRequiredService<IAuditTrail>();
            var db = services.GetRequiredService<TrainingDbContext>();
            foreach (var (record, at) in events)
            {
                trail.Record(record);
                var added = db.ChangeTracker.Entries<AuditEvent>().Last(e => e.State == EntityState.Added).Entity;
                added.OccurredAt = at;
            }

            return await db.SaveChangesAsync();
        });

    public static Task<List<AuditEvent>> EventsAsync(SiteFactory site, string token) =>
        site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Set<AuditEvent>().AsNoTracking()
            .Where(e => e.ItemTitle!.Contains(token) || e.ActorName.Contains(token) || e.ItemId!.Contains(token)).OrderBy(e => e.Id).ToListAsync());

    /// <summary>The item cell of each row: its title as the page shows it, in page order.</summary>
    public static List<string> Titles(IDocument page) =>
        [.. page.QuerySelectorAll("table.audit-table tbody tr").Select(row => row.QuerySelector(".audit-item")?.TextContent.Trim() ?? string.Empty)];
}
