using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Notifications;
using TrainingSite.Abstractions.Observability;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Abstractions.Web;
using TrainingSite.Certificates.Models;
using TrainingSite.Data;
using TrainingSite.Data.Configuration;

namespace TrainingSite.Certificates.Services;

/// <summary>
/// Issues the certificate when a learner has completed the package: every published course of the national part
/// and of the home region's section. Told by the courses and quizzes modules after each change, and asked again when
/// the learner opens "My certificates". One VALID certificate at a time: the partial unique index on (learner,
/// programme) over certificates not revoked turns a concurrent second insert into a unique violation, which is read
/// as "already issued". After a revocation a new certificate (with a new code) comes only from completing again
/// (<see cref="RenewedCompletion"/>) or from an administrator's <see cref="ReissueAsync"/>. The certificate and its
/// audit event and the holder's notification commit in one transaction; the holder is then mailed (<see cref="CertificateReadyMail"/>).
/// </summary>
public sealed class CertificateIssuer(
    TrainingDbContext db,
    ICourseProgress progress,
    IRegionDirectory regions,
    ISiteName siteName,
    IOptions<CertificateOptions> options,
    SiteMetrics metrics,
    IAuditTrail audit,
    RenewedCompletion renewed,
    CertificateReadyMail readyMail,
    INotifier notifier,
    ILogger<CertificateIssuer> logger) : ILearnerProgressListener
{
    public Task ProgressChangedAsync(string userId, CancellationToken cancellationToken) => IssueIfCompleteAsync(userId, cancellationToken);

    /// <summary>
    /// The learner's valid certificate, issued now if the package is complete; null while it is not, when no home
    /// region is chosen, or when the last one was revoked and the learner has not completed again since.
    /// </summary>
    public async Task<Certificate?> IssueIfCompleteAsync(string userId, CancellationToken cancellationToken)
    {
        if (await ValidAsync(userId, cancellationToken) is { } existing)
        {
            return existing;
        }

        // Opening a page after a revocation must not hand the certificate straight back: only progress made since counts.
        if (await LatestRevocationAsync(userId, cancellationToken) is { } revokedAt && !await renewed.SinceAsync(userId, revokedAt, cancellationToken))
        {
            return null;
        }

        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.DisplayName, u.HomeRegionId }).FirstOrDefaultAsync(cancellationToken);
        if (user?.HomeRegionId is null)
        {
            return null;
        }

        var package = await progress.ForLearnerAsync(userId, user.HomeRegionId, cancellationToken);
        if (!package.Complete)
        {
            return null;
        }

        var region = (await regions.ListAsync(cancellationToken)).FirstOrDefault(r => r.Id == user.HomeRegionId);
        var regionName = region?.Name ?? new LocalizedText(new Dictionary<string, string> { [SiteCultures.Default] = user.HomeRegionId });
        var (displayName, homeRegionId) = (user.DisplayName, user.HomeRegionId);
        List<CertificateCourse> courses = [.. package.National.Select(c => Course(c, national: true)), .. package.Regional.Select(c => Course(c, national: false))];
        var (issued, inserted) = await InsertAsync(
            userId,
            () => New(userId, displayName, homeRegionId, regionName, DateTimeOffset.UtcNow, courses),
            // The learner's own request: without a chosen language, the one they are using.
            SiteCultures.Current,
            certificate => new AuditRecord(AuditKinds.CertificateIssued, AuditItemTypes.Certificate, Id(certificate), certificate.HolderName, certificate.RegionId)
            {
                // Completing the package issues it: the learner is the actor.
                Actor = new AuditActor(userId, certificate.HolderName),
            },
            cancellationToken);
        if (inserted)
        {
            logger.LogInformation("Certificate {CertificateId} issued to user {UserId} ({Region})", issued.Id, userId, user.HomeRegionId);
        }

        return issued;
    }

    /// <summary>
    /// An administrator's reissue of a revoked certificate: a new certificate with a new code for the same holder,
    /// region, courses and completion date, under the holder's current name (a misspelt name is a common reason to
    /// revoke). The revoked one stays, still verifiable as revoked. Audited with the signed-in administrator as actor.
    /// </summary>
    public async Task<(ReissueOutcome Outcome, Certificate? Certificate)> ReissueAsync(int revokedId, CancellationToken cancellationToken)
    {
        var revoked = await db.Set<Certificate>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == revokedId, cancellationToken);
        if (revoked is null)
        {
            return (ReissueOutcome.NotFound, null);
        }

        if (!revoked.IsRevoked)
        {
            return (ReissueOutcome.NotRevoked, null);
        }

        var holder = await db.Users.AsNoTracking().Where(u => u.Id == revoked.UserId && u.ErasedAt == null)
            .Select(u => new { u.DisplayName }).FirstOrDefaultAsync(cancellationToken);
        if (holder is null)
        {
            return (ReissueOutcome.HolderGone, null);
        }

        if (await ValidAsync(revoked.UserId, cancellationToken) is { } valid)
        {
            return (ReissueOutcome.AlreadyValid, valid);
        }

        var holderName = holder.DisplayName;
        var (reissued, inserted) = await InsertAsync(
            revoked.UserId,
            () => New(revoked.UserId, holderName, revoked.RegionId, revoked.RegionName, revoked.CompletedAt, revoked.Courses),
            // The administrator's request says nothing of the holder's language: without a chosen one, the site's default.
            SiteCultures.Default,
            certificate => new AuditRecord(
                AuditKinds.CertificateReissued, AuditItemTypes.Certificate, Id(certificate), certificate.HolderName, certificate.RegionId, "replaces: " + Id(revoked)),
            cancellationToken);
        if (!inserted)
        {
            // Another request (the learner completing again, a second administrator) issued one first.
            return (ReissueOutcome.AlreadyValid, reissued);
        }

        logger.LogInformation("Certificate {CertificateId} reissued in place of {RevokedId} for user {UserId}", reissued.Id, revokedId, revoked.UserId);
        return (ReissueOutcome.Reissued, reissued);
    }

    /// <summary>Inserts the certificate with its audit event in one transaction, then mails the holder; a concurrent winner is returned instead.</summary>
    private async Task<(Certificate Certificate, bool Inserted)> InsertAsync(
        string userId, Func<Certificate> create, string mailLanguage, Func<Certificate, AuditRecord> auditRecord, CancellationToken cancellationToken)
    {
        // A second try only if the clash was on the code (80 random bits: practically never), not on the learner.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var certificate = create();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Add(certificate);
            try
            {
                // The first save gives the certificate its id, which the event names.
                await db.SaveChangesAsync(cancellationToken);
                audit.Record(auditRecord(certificate));
                notifier.Notify(userId, NotificationKinds.CertificateIssued, "/certificates"); // commits with the certificate
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                metrics.CertificateIssued();
                await readyMail.SendAsync(certificate, mailLanguage, cancellationToken);
                return (certificate, true);
            }
            catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
            {
                await transaction.RollbackAsync(cancellationToken);
                db.Entry(certificate).State = EntityState.Detached;
                if (await ValidAsync(userId, cancellationToken) is { } winner)
                {
                    return (winner, false);
                }
            }
        }

        throw new InvalidOperationException($"Could not issue a certificate to user {userId}: two verification codes in a row were taken.");
    }

    private Certificate New(string userId, string displayName, string? regionId, LocalizedText regionName, DateTimeOffset completedAt, List<CertificateCourse> courses) => new()
    {
        UserId = userId,
        Programme = CertificateProgrammes.TrainingPackage,
        Code = VerificationCode.New(),
        HolderName = displayName[..Math.Min(displayName.Length, Certificate.HolderNameMaxLength)],
        RegionId = regionId,
        RegionName = regionName,
        Issuer = Issuer(),
        CompletedAt = completedAt,
        Courses = courses,
    };

    private Task<Certificate?> ValidAsync(string userId, CancellationToken cancellationToken) =>
        db.Set<Certificate>().AsNoTracking()
            .FirstOrDefaultAsync(c => c.UserId == userId && c.Programme == CertificateProgrammes.TrainingPackage && c.RevokedAt == null, cancellationToken);

    /// <summary>When the learner's latest certificate was revoked; null when none was. Compared here: SQLite cannot order DateTimeOffset.</summary>
    private async Task<DateTimeOffset?> LatestRevocationAsync(string userId, CancellationToken cancellationToken)
    {
        var times = await db.Set<Certificate>().AsNoTracking()
            .Where(c => c.UserId == userId && c.Programme == CertificateProgrammes.TrainingPackage && c.RevokedAt != null)
            .Select(c => c.RevokedAt!.Value).ToListAsync(cancellationToken);
        return times.Count == 0 ? null : times.Max();
    }

    private static string Id(Certificate certificate) => certificate.Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The issuer as recorded on the certificate: <c>Certificates:Issuer</c>, else the site's name in each language.</summary>
    private LocalizedText Issuer() =>
        new(SiteCultures.All.ToDictionary(c => c, c => string.IsNullOrWhiteSpace(options.Value.Issuer) ? siteName.For(c) : options.Value.Issuer.Trim()));

    private static CertificateCourse Course(CourseProgressInfo course, bool national) =>
        new(course.CourseId, course.Title, national, course.HasQuiz ? course.Quiz?.BestPercent : null);
}
