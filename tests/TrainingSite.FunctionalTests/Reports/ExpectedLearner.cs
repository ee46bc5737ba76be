namespace TrainingSite.FunctionalTests.Reports;

/// <summary>
/// What the report should say about one generated learner, counted straight from the <see cref="LearnerSpec"/> with
/// the package's rule written out again here (national: both national courses; section: the home region's course).
/// </summary>
public sealed record ExpectedLearner(
    LearnerSpec Spec, int NationalRead, int NationalComplete, int SectionRead, int SectionLessons, int SectionComplete, int SectionCourses,
    int? BestScore, DateTimeOffset? LastActivity, string Status, string Certificate)
{
    public const int NationalLessons = 3;
    public const int NationalCourses = 2;

    public static ExpectedLearner Of(LearnerSpec spec, ReportSite site)
    {
        bool Read(string lessonId) => spec.Progress.Any(p => p.LessonId == lessonId && p.ReadAt is not null);
        var passed = spec.Attempts.Any(a => a.Passed);
        var quizCourseDone = Read(site.NationalQuiz + "-l") && passed;
        var twoDone = Read(site.NationalTwo + "-l") && Read(site.NationalTwo + "-l2");
        var nationalRead = new[] { site.NationalQuiz + "-l", site.NationalTwo + "-l", site.NationalTwo + "-l2" }.Count(Read);
        var nationalComplete = (quizCourseDone ? 1 : 0) + (twoDone ? 1 : 0);
        var section = spec.Region is null ? null : site.SectionOf(spec.Region);
        var sectionRead = section is not null && Read(section + "-l") ? 1 : 0;

        var activity = spec.Progress.SelectMany(p => new[] { p.OpenedAt, p.ReadAt ?? p.OpenedAt }).Concat(spec.Attempts.Select(a => a.SubmittedAt)).ToList();
        var certificate = spec.Certificate is null ? "None" : spec.Certificate.Value.Revoked ? "Revoked" : "Valid";
        var started = spec.Progress.Count > 0 || spec.Attempts.Count > 0;
        var nationalDone = nationalComplete == NationalCourses;
        var status = certificate == "Valid" ? "Certified"
            : !started ? "NotStarted"
            : nationalDone && section is not null && sectionRead == 1 ? "Complete"
            : nationalDone ? "NationalPartDone"
            : "InProgress";

        return new ExpectedLearner(
            spec, nationalRead, nationalComplete, sectionRead, section is null ? 0 : 1, sectionRead, section is null ? 0 : 1,
            spec.Attempts.Count == 0 ? null : spec.Attempts.Max(a => a.Score), activity.Count == 0 ? null : activity.Max(), status, certificate);
    }
}
