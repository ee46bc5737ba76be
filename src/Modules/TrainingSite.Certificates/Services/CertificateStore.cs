using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Notifications;
using TrainingSite.Abstractions.Observability;
using TrainingSite.Certificates.Models;
using TrainingSite.Data;

namespace TrainingSite.Certificates.Services;

/// <summary>Reading certificates (by holder, id, code, or an administrator's search) and revoking one.</summary>
public sealed class CertificateStore(TrainingDbContext db, SiteMetrics metrics, IAuditTrail audit, INotifier notifier)
{
    public const int SearchLimit = 50;

    public async Task<IReadOnlyList<Certificate>> ForHolderAsync(string userId, CancellationToken cancellationToken) =>
        await db.Set<Certificate>().AsNoTracking().Where(c => c.UserId == userId).OrderBy(c => c.Id).ToListAsync(cancellationToken);

    public Task<Certificate?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Set<Certificate>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    /// <summary>The certificate with this code in canonical form (see <see cref="VerificationCode.TryParse"/>).</summary>
    public Task<Certificate?> FindByCodeAsync(string canonicalCode, CancellationToken cancellationToken) =>
        db.Set<Certificate>().AsNoTracking().FirstOrDefaultAsync(c => c.Code == canonicalCode, cancellationToken);

    /// <summary>
    /// Newest first; a query matches the holder's name (case-insensitively) or a verification code, whole or in part
    /// (<c>ZX6Z</c> finds every code containing it, read as <see cref="VerificationCode.TryParsePart"/> reads it).
    /// </summary>
    public async Task<(IReadOnlyList<Certificate> Rows, int Total)> SearchAsync(string? query, CancellationToken cancellationToken)
    {
        var certificates = db.Set<Certificate>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query))
        {
            // Parameterised LIKEs; the user's % and _ are escaped so they match themselves. Codes are stored in
            // canonical form (upper case, no dashes), so the typed part is put in that form rather than the column changed.
            var namePattern = ContainsPattern(query.Trim().ToUpperInvariant());
            var codePattern = VerificationCode.TryParsePart(query, out var part) ? ContainsPattern(part) : null;
#pragma warning disable CA1304, CA1311 // ToUpper here becomes SQL's UPPER(); it never runs in .NET.
            certificates = certificates.Where(c =>
                (codePattern != null && EF.Functions.Like(c.Code, codePattern, "\\")) || EF.Functions.Like(c.HolderName.ToUpper(), namePattern, "\\"));
#pragma warning restore CA1304, CA1311
        }

        var total = await certificates.CountAsync(cancellationToken);
        var rows = await certificates.OrderByDescending(c => c.Id).Take(SearchLimit).ToListAsync(cancellationToken);
        return (rows, total);
    }

    /// <summary>A LIKE pattern matching any text that contains <paramref name="text"/>, with LIKE's wildcards and escape character escaped.</summary>
    private static string ContainsPattern(string text) =>
        "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

    /// <summary>
    /// Revokes once, recording when, why and by whom, with its audit event and the holder's notification in the same transaction; false when it
    /// was already revoked (or does not exist).
    /// </summary>
    public async Task<bool> RevokeAsync(int id, string reason, string revokedBy, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = await db.Set<Certificate>()
            .Where(c => c.Id == id && c.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.RevokedAt, now).SetProperty(c => c.RevocationReason, reason).SetProperty(c => c.RevokedBy, revokedBy), cancellationToken);
        if (changed != 1)
        {
            return false;
        }

        var holder = await db.Set<Certificate>().AsNoTracking().Where(c => c.Id == id).Select(c => new { c.HolderName, c.RegionId, c.UserId }).FirstAsync(cancellationToken);
        audit.Record(new AuditRecord(AuditKinds.CertificateRevoked, AuditItemTypes.Certificate, id.ToString(CultureInfo.InvariantCulture), holder.HolderName, holder.RegionId, "reason: " + reason));
        notifier.Notify(holder.UserId, NotificationKinds.CertificateRevoked, "/certificates", note: reason);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        metrics.CertificateRevoked();
        return true;
    }
}
