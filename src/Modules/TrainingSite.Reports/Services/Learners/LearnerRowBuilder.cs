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

    private readonly IReadOnlyList<ReportedCourse> _published = courses;

    public LearnerRow Build(LearnerIdentity learner)
    {
        var national = Part(learner.Id, _parts[null]);
        var section = learner.HomeRegionId is null ? PartProgress.Empty : Part(learner.Id, _parts[learner.HomeRegionId]);
        var certificate = facts.CertificateOf(learner.Id);
        var state = certificate is null ? CertificateState.None : certificate.Value.Valid ? CertificateState.Valid : CertificateState.Revoked;
        var scores = facts.QuizzesOf(learner.Id).ToDictionary(q => q.Key, q => q.Value.Best, StringComparer.Ordinal);
        var started = facts.LessonsOf(learner.Id).Count > 0 || facts.QuizzesOf(learner.Id).Count > 0;
        var coursesStarted = _published.Where(c => Started(learner.Id, c)).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var coursesComplete = _published.Where(c => coursesStarted.Contains(c.Id) && Complete(learner.Id, c)).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

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
            StatusOf(learner.HomeRegionId, national, section, state, started),
            coursesStarted,
            coursesComplete,
            facts.RecentlyActive(learner.Id));
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
        int read = 0, lessons = 0, complete = 0, count = 0;
        foreach (var course in part)
        {
            count++;
            read += LessonsRead(userId, course);
            lessons += course.Lessons.Count;
            complete += Complete(userId, course) ? 1 : 0;
        }

        return new PartProgress(read, lessons, complete, count);
    }

    /// <summary>Opened one of its lessons or submitted its quiz.</summary>
    private bool Started(string userId, ReportedCourse course) =>
        facts.LessonsOf(userId).ContainsKey(course.Id) || facts.QuizzesOf(userId).ContainsKey(course.Id);

    private int LessonsRead(string userId, ReportedCourse course) =>
        facts.LessonsOf(userId).TryGetValue(course.Id, out var counts) ? Math.Min(counts.Read, course.Lessons.Count) : 0;

    /// <summary>The courses module's rule: every published lesson read and, with a quiz, an attempt passed.</summary>
    private bool Complete(string userId, ReportedCourse course) =>
        course.Lessons.Count > 0
        && LessonsRead(userId, course) >= course.Lessons.Count
        && (!course.HasQuiz || (facts.QuizzesOf(userId).TryGetValue(course.Id, out var quiz) && quiz.Passed));
}
