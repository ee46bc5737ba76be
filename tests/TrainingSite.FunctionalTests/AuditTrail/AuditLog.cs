using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.AuditTrail.Models;
using TrainingSite.Data;
using TrainingSite.Data.Identity;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.AuditTrail;

/// <summary>Reads the trail straight from the AuditEvents table, and signs in people whose id the events should name.</summary>
public static class AuditLog
{
    public static Task<List<AuditEvent>> OfAsync(SiteFactory site, string itemType, string? itemId, string? kind = null) =>
        site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Set<AuditEvent>().AsNoTracking()
            .Where(e => e.ItemType == itemType && e.ItemId == itemId && (kind == null || e.Kind == kind))
            .OrderBy(e => e.Id)
            .ToListAsync());

    /// <summary>Exactly one event of <paramref name="kind"/> about the item.</summary>
    public static async Task<AuditEvent> SingleAsync(SiteFactory site, string kind, string itemType, string? itemId) =>
        Assert.Single(await OfAsync(site, itemType, itemId, kind));

    /// <summary>A signed-in client and the user it is signed in as.</summary>
    public static async Task<(SiteClient Client, TrainingUser User)> SignedInAsync(SiteFactory site, string[] roles, string? homeRegion = null, string[]? coordinatedRegions = null)
    {
        var email = $"actor-{Guid.NewGuid():N}@example.fi";
        var user = await site.CreateUserAsync(email, roles, homeRegion, coordinatedRegions);
        var client = site.CreateSiteClient();
        await client.SignInAsync(email, SiteFactory.DefaultPassword);
        return (client, user);
    }

    /// <summary>The actor the content and admin events name: the user's id and display name.</summary>
    public static void AssertActor(AuditEvent recorded, TrainingUser user) =>
        Assert.Equal((user.Id, user.DisplayName), (recorded.ActorId, recorded.ActorName));
}
