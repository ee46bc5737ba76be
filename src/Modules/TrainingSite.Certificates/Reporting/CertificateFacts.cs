using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Reporting;
using TrainingSite.Certificates.Models;
using TrainingSite.Data;

namespace TrainingSite.Certificates.Reporting;

/// <inheritdoc />
public sealed class CertificateFacts(TrainingDbContext db) : ICertificateFacts
{
    public IQueryable<CertificateFact> Certificates() =>
        db.Set<Certificate>().AsNoTracking().Select(c => new CertificateFact
        {
            Id = c.Id,
            UserId = c.UserId,
            Programme = c.Programme,
            RegionId = c.RegionId,
            IssuedAt = c.CompletedAt,
            RevokedAt = c.RevokedAt,
        });

    public Task<string> ChangeStampAsync(CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<string>(
            """
            SELECT CAST(COUNT(*) AS TEXT) || '|' || COALESCE(CAST(MAX("Id") AS TEXT), '') || '|' || CAST(COUNT("RevokedAt") AS TEXT)
                || '|' || COALESCE(CAST(MAX("RevokedAt") AS TEXT), '') AS "Value"
            FROM "Certificates"
            """).SingleAsync(cancellationToken);
}
