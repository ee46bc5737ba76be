using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Notifications;
using TrainingSite.Abstractions.Observability;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Certificates.Models;
using TrainingSite.Core.Localization;
using TrainingSite.Data;
using TrainingSite.Data.Configuration;

namespace TrainingSite.Certificates.Services;

/// <summary>
/// Issues the certificate when a learner has completed the package: every published course of the national part
/// and of the home region's section. Told by the courses and quizzes modules after each change, and asked again when
/// the learner opens "My certificates". Once only: the unique index on (learner, programme) turns a concurrent
/// second insert into a unique violation, which is read as "already issued". The certificate, its audit event
/// (the learner as actor: completing the package issues it) and the learner's notification commit in one transaction.
/// </summary>
public sealed class CertificateIssuer(
    TrainingDbContext db,
    ICourseProgress progress,
    IRegionDirectory regions,
    IStringLocalizer<CertificatesStrings> strings,
    IOptions<CertificateOptions> options,
    SiteMetrics metrics,
    IAuditTrail audit,
    INotifier notifier,
    ILogger<CertificateIssuer> logger) : ILearnerProgressListener
{
    public Task ProgressChangedAsync(string userId, CancellationToken cancellationToken) => IssueIfCompleteAsync(userId, cancellationToken);

    /// <summary>The learner's certificate, issued now if the package is complete; null while it is not (or no home region is chosen).</summary>
    public async Task<Certificate?> IssueIfCompleteAsync(string userId, CancellationToken cancellationToken)
    {
        if (await ExistingAsync(userId, cancellationToken) is { } existing)
        {
            return existing;
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

        // A second try only if the clash was on the code (80 random bits: practically never), not on the learner.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var certificate = new Certificate
            {
                UserId = userId,
                Programme = CertificateProgrammes.TrainingPackage,
                Code = VerificationCode.New(),
                HolderName = user.DisplayName[..Math.Min(user.DisplayName.Length, Certificate.HolderNameMaxLength)],
                RegionId = user.HomeRegionId,
                RegionName = region?.Name ?? new LocalizedText(new Dictionary<string, string> { [SiteCultures.Default] = user.HomeRegionId }),
                Issuer = Issuer(),
                CompletedAt = DateTimeOffset.UtcNow,
                Courses = [.. package.National.Select(c => Course(c, national: true)), .. package.Regional.Select(c => Course(c, national: false))],
            };
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Add(certificate);
            try
            {
                // The first save gives the certificate its id, which the event names.
                await db.SaveChangesAsync(cancellationToken);
                audit.Record(new AuditRecord(AuditKinds.CertificateIssued, AuditItemTypes.Certificate, certificate.Id.ToString(CultureInfo.InvariantCulture), certificate.HolderName, certificate.RegionId)
                {
                    Actor = new AuditActor(userId, certificate.HolderName),
                });
                notifier.Notify(userId, NotificationKinds.CertificateIssued, "/certificates"); // commits with the certificate
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                metrics.CertificateIssued();
                logger.LogInformation("Certificate {CertificateId} issued to user {UserId} ({Region})", certificate.Id, userId, user.HomeRegionId);
                return certificate;
            }
            catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
            {
                await transaction.RollbackAsync(cancellationToken);
                db.Entry(certificate).State = EntityState.Detached;
                if (await ExistingAsync(userId, cancellationToken) is { } winner)
                {
                    return winner;
                }
            }
        }

        throw new InvalidOperationException($"Could not issue a certificate to user {userId}: two verification codes in a row were taken.");
    }

    private Task<Certificate?> ExistingAsync(string userId, CancellationToken cancellationToken) =>
        db.Set<Certificate>().AsNoTracking().FirstOrDefaultAsync(c => c.UserId == userId && c.Programme == CertificateProgrammes.TrainingPackage, cancellationToken);

    private LocalizedText Issuer() =>
        string.IsNullOrWhiteSpace(options.Value.Issuer)
            ? strings.InEveryLanguage("Certificate.DefaultIssuer")
            : new LocalizedText(SiteCultures.All.ToDictionary(c => c, _ => options.Value.Issuer.Trim()));

    private static CertificateCourse Course(CourseProgressInfo course, bool national) =>
        new(course.CourseId, course.Title, national, course.HasQuiz ? course.Quiz?.BestPercent : null);
}
