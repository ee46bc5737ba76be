using TrainingSite.Reports.Services.Facts;

namespace TrainingSite.Reports.Services.Learners;

/// <summary>
/// Turns a learner's account and facts into a <see cref="LearnerRow"/>: the shared <see cref="LearnerSummary"/>, plus
/// the home region's section (the courses of that region) and the status that both parts and the certificate give.
/// </summary>
/// <param name="activeSince">Activity at or after this time makes the learner recently active.</param>
public sealed class LearnerRowBuilder(ReportFacts facts, DateTimeOffset activeSince)
{
    public LearnerRow Build(LearnerIdentity learner)
    {
        var done = facts.Of(learner.Id);
        var summary = done.Summary;
        var section = learner.HomeRegionId is null ? PartProgress.Empty : LearnerSummary.Part(done, facts.PartOf(learner.HomeRegionId));
        var certificate = done.Certificate;
        var state = certificate is null ? CertificateState.None : certificate.Value.Valid ? CertificateState.Valid : CertificateState.Revoked;
        return new LearnerRow(
            learner.Id,
            learner.DisplayName,
            learner.Email ?? string.Empty,
            learner.Organisation,
            learner.HomeRegionId,
            learner.CreatedAt,
            learner.DeactivatedAt,
            done.LastActivity,
            summary.National,
            section,
            summary.BestScores,
            state,
            certificate?.IssuedAt,
            StatusOf(learner.HomeRegionId, summary.National, section, state, started: done.Courses.Count > 0),
            summary.CoursesStarted,
            summary.CoursesComplete,
            done.LastActivity >= activeSince);
    }

    private static LearnerStatus StatusOf(string? homeRegionId, PartProgress national, PartProgress section, CertificateState certificate, bool started)
    {
        if (certificate == CertificateState.Valid)
        {
            return LearnerStatus.Certified;
        }

        if (!started)
        {
            return LearnerStatus.NotStarted;
        }

        var nationalDone = national.Courses > 0 && national.Done;

        // Without a home region there is no section to finish, and no certificate is issued (CertificateIssuer).
        var sectionDone = homeRegionId is not null && section.Done;
        return nationalDone && sectionDone ? LearnerStatus.Complete
            : nationalDone ? LearnerStatus.NationalPartDone
            : LearnerStatus.InProgress;
    }
}
