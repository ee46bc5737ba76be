using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data;

namespace TrainingSite.Accounts.Authorization;

/// <summary>
/// Which role holds which permission, as stored: Identity role claims of type <see cref="TrainingClaims.Permission"/>.
/// A grant is written as "Role/Permission" in forms and sets.
/// </summary>
public sealed class RoleGrants(TrainingDbContext db, IAuditTrail audit)
{
    /// <summary>The grant nobody may remove: without it nobody could change grants again.</summary>
    public static readonly string Locked = Key(Roles.Administrator, AccountsPermissions.ManageRoles.Name);

    public static string Key(string role, string permission) => $"{role}/{permission}";

    /// <summary>A short fingerprint of a set of grants, so a save can tell that someone else changed them meanwhile.</summary>
    public static string Stamp(IEnumerable<string> grants) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', grants.Order(StringComparer.Ordinal)))))[..32];

    public async Task<IReadOnlySet<string>> CurrentAsync(CancellationToken cancellationToken)
    {
        var rows = await (from claim in db.RoleClaims
                          join role in db.Roles on claim.RoleId equals role.Id
                          where claim.ClaimType == TrainingClaims.Permission
                          select new { role.Name, claim.ClaimValue }).ToListAsync(cancellationToken);
        return rows.Select(r => Key(r.Name!, r.ClaimValue!)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Makes the stored grants exactly <paramref name="wanted"/> (known "Role/Permission" keys), in one transaction
    /// with one audit event per role whose permissions changed (the permissions added and removed).
    /// </summary>
    public async Task ReplaceAsync(IReadOnlySet<string> wanted, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var roles = await db.Roles.ToDictionaryAsync(r => r.Id, r => r.Name!, cancellationToken);
        var claims = await db.RoleClaims.Where(c => c.ClaimType == TrainingClaims.Permission).ToListAsync(cancellationToken);
        var kept = new HashSet<string>(StringComparer.Ordinal);
        var removed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            var key = Key(roles.GetValueOrDefault(claim.RoleId) ?? string.Empty, claim.ClaimValue ?? string.Empty);
            if (!wanted.Contains(key) || !kept.Add(key))
            {
                db.RoleClaims.Remove(claim);
                if (!wanted.Contains(key))
                {
                    removed.Add(key);
                }
            }
        }

        var roleIds = roles.ToDictionary(r => r.Value, r => r.Key, StringComparer.Ordinal);
        foreach (var key in wanted.Where(k => !kept.Contains(k)))
        {
            var (role, permission) = Split(key);
            db.RoleClaims.Add(new() { RoleId = roleIds[role], ClaimType = TrainingClaims.Permission, ClaimValue = permission });
        }

        RecordChanges([.. wanted.Where(k => !kept.Contains(k))], removed);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private void RecordChanges(IReadOnlyCollection<string> added, IReadOnlyCollection<string> removed)
    {
        var changes = added.Select(k => (Split(k), Added: true)).Concat(removed.Select(k => (Split(k), Added: false)));
        foreach (var role in changes.GroupBy(c => c.Item1.Role, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var details = string.Join("; ", new[]
            {
                Listed("added", role.Where(c => c.Added).Select(c => c.Item1.Permission)),
                Listed("removed", role.Where(c => !c.Added).Select(c => c.Item1.Permission)),
            }.Where(part => part is not null));
            audit.Record(new AuditRecord(AuditKinds.RolePermissionsChanged, AuditItemTypes.Role, role.Key, role.Key, null, details));
        }
    }

    private static string? Listed(string label, IEnumerable<string> permissions)
    {
        var sorted = permissions.Order(StringComparer.Ordinal).ToList();
        return sorted.Count == 0 ? null : $"{label}: {string.Join(", ", sorted)}";
    }

    public static (string Role, string Permission) Split(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? (key, string.Empty) : (key[..slash], key[(slash + 1)..]);
    }
}
