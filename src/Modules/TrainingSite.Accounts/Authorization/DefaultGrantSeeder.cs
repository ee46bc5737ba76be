using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Accounts.Models;
using TrainingSite.Data;

namespace TrainingSite.Accounts.Authorization;

/// <summary>
/// At start-up, after the roles exist: gives each permission seen for the first time to its default roles (role
/// claims) and records it as seeded, in one transaction. On a database from before permissions were data, every
/// permission is new, so the first start writes today's defaults.
/// </summary>
public sealed class DefaultGrantSeeder(
    TrainingDbContext db, IEnumerable<IPermissionProvider> providers, TimeProvider clock, ILogger<DefaultGrantSeeder> logger) : IStartupTask
{
    public int Order => StartupTaskOrder.Seed + 1;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var seeded = (await db.Set<PermissionSeed>().Select(s => s.Name).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var plan = DefaultGrants.For(providers, seeded);
        if (plan.NewPermissions.Count == 0)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
        var existing = (await db.RoleClaims.Where(c => c.ClaimType == TrainingClaims.Permission)
            .Select(c => new { c.RoleId, c.ClaimValue }).ToListAsync(cancellationToken))
            .Select(c => (c.RoleId, c.ClaimValue)).ToHashSet();
        foreach (var (role, permission) in plan.Grants)
        {
            if (roleIds.TryGetValue(role, out var roleId) && existing.Add((roleId, permission)))
            {
                db.RoleClaims.Add(new() { RoleId = roleId, ClaimType = TrainingClaims.Permission, ClaimValue = permission });
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Set<PermissionSeed>().AddRange(plan.NewPermissions.Select(name => new PermissionSeed { Name = name, SeededAt = now }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Default grants written for {Count} new permissions: {Permissions}", plan.NewPermissions.Count, string.Join(", ", plan.NewPermissions));
        }
        catch (DbUpdateException exception)
        {
            // Another node starting at the same moment seeded them first (the primary key refused ours): nothing to do.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            logger.LogInformation(exception, "Default grants were written by another node");
        }
    }
}
