using TrainingSite.Abstractions.Reporting;

namespace TrainingSite.Reports.Services.Learners;

/// <summary>
/// Turns a learner's aggregated facts into a <see cref="LearnerRow"/> with the completion rule of the courses module
/// (<c>CourseProgressInfo.Complete</c>): a course is complete when every published lesson is read and, with a quiz,
/// an attempt passed. The national part is the courses without a region; the section, those of the home region.
/// </summary>
public sealed class LearnerRowBuilder(IReadOnlyList<ReportedCourse> courses, LearnerAggregates facts)
{
    private readonly ILookup<string?, ReportedCourse> _parts = courses.ToLookup(c => c.RegionId);

    public LearnerRow Build(LearnerIdentity learner)
    {
        var national = Part(learner.Id, _parts[null]);
        var section = learner.HomeRegionId is null ? PartProgress.Empty : Part(learner.Id, _parts[learner.HomeRegionId]);
        var certificate = facts.CertificateOf(learner.Id);
        var state = certificate is null ? CertificateState.None : certificate.Value.Valid ? CertificateState.Valid : CertificateState.Revoked;
        var scores = facts.QuizzesOf(learner.Id).ToDictionary(q => q.Key, q => q.Value.Best, StringComparer.Ordinal);
        var started = facts.LessonsOf(learner.Id).Count > 0 || facts.QuizzesOf(learner.Id).Count > 0;

        return new LearnerRow(
            learner.Id,
            learner.DisplayName,
            learner.Email ?? string.Empty,
            learner.Organisation,
            learner.HomeRegionId,
            learner.CreatedAt,
            learner.DeactivatedAt,
            facts.LastActivityOf(learner.Id),
            national,
            section,
            scores,
            state,
            certificate?.IssuedAt,
            StatusOf(learner.HomeRegionId, national, section, state, started));
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

    private PartProgress Part(string userId, IEnumerable<ReportedCourse> part)
    {
        var lessonsOf = facts.LessonsOf(userId);
        var quizzesOf = facts.QuizzesOf(userId);
        int read = 0, lessons = 0, complete = 0, count = 0;
        foreach (var course in part)
        {
            var courseRead = lessonsOf.TryGetValue(course.Id, out var counts) ? Math.Min(counts.Read, course.Lessons.Count) : 0;
            var passed = quizzesOf.TryGetValue(course.Id, out var quiz) && quiz.Passed;
            count++;
            read += courseRead;
            lessons += course.Lessons.Count;
            if (course.Lessons.Count > 0 && courseRead >= course.Lessons.Count && (!course.HasQuiz || passed))
            {
                complete++;
            }
        }

        return new PartProgress(read, lessons, complete, count);
    }
}
