using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.PersonalData;
using TrainingSite.Certificates.Models;
using TrainingSite.Certificates.Services;
using TrainingSite.Data;

namespace TrainingSite.Certificates.PersonalData;

/// <summary>
/// A holder's certificates with their codes. On deletion each is revoked ("account deleted") and loses the holder's
/// name, so its verification page says "revoked" and names nobody; the record stays (anonymous) for the programme's
/// counts. Certificates the person revoked as an administrator stop naming them.
/// </summary>
public sealed class CertificatesData(TrainingDbContext db, IStringLocalizer<CertificatesStrings> strings) : IPersonalDataSource
{
    public const string DeletedReason = "account deleted";
    public const string DeletedActor = "deleted user";

    public string Section => "certificates";

    public async Task<PersonalDataSection> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var certificates = await db.Set<Certificate>().AsNoTracking().Where(c => c.UserId == subject.UserId).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var rows = certificates.Select(c => new
        {
            c.Id,
            c.Programme,
            Code = VerificationCode.Format(c.Code),
            c.HolderName,
            c.RegionId,
            c.RegionName,
            c.Issuer,
            c.CompletedAt,
            c.Courses,
            c.RevokedAt,
        }).ToList();
        return new(strings["PersonalData.Title"], [strings["PersonalData.Certificates", rows.Count]], rows);
    }

    public async Task EraseAsync(PersonalDataErasure erasure, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var holder = db.Set<Certificate>().Where(c => c.UserId == erasure.Subject.UserId);
        await holder.Where(c => c.RevokedAt == null).ExecuteUpdateAsync(
            set => set.SetProperty(c => c.RevokedAt, now).SetProperty(c => c.RevocationReason, DeletedReason).SetProperty(c => c.RevokedBy, DeletedReason),
            cancellationToken);
        await holder.ExecuteUpdateAsync(
            set => set.SetProperty(c => c.HolderName, string.Empty).SetProperty(c => c.UserId, erasure.AnonymousUserId), cancellationToken);

        // An administrator's revocations name them as "Name <e-mail>".
        if (erasure.Subject.Email is { Length: > 0 } email)
        {
            var signature = $"<{email}>";
            await db.Set<Certificate>().Where(c => c.RevokedBy != null && c.RevokedBy.EndsWith(signature))
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.RevokedBy, DeletedActor), cancellationToken);
        }
    }
}
