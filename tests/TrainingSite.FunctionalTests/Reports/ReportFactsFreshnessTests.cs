using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Courses.Services;
using TrainingSite.Data;
using TrainingSite.Data.Configuration;
using TrainingSite.FunctionalTests.Courses;
using TrainingSite.FunctionalTests.Site;
using TrainingSite.Quizzes.Models;
using TrainingSite.Reports.Services;
using TrainingSite.Reports.Services.Learners;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Reports;

/// <summary>
/// The reports count from facts cached per process and keyed by the modules' change stamps: each kind of change a
/// learner, a quiz, an author or another node makes shows in the next report, without a restart.
/// </summary>
public abstract class ReportFactsFreshnessTests
{
    private static readonly RegionScope Everything = new(true, true, new HashSet<string>());

    protected abstract FreshSite NewSite();

    [Fact]
    public async Task Reports_ShouldFollowProgressAttemptsAndPublishing_AsTheyHappen()
    {
        await using var site = NewSite();
        await site.InitializeAsync();
        var course = await ReportSeed.CourseAsync(site, null);
        var learner = ReportSeed.NewLearnerId();
        await ReportSeed.AddAsync(site, course, [new SeededLearner(learner, null, [], [], [])]);

        var untouched = await RowAsync(site, learner);
        await ProgressAsync(site, p => p.OpenedAsync(learner, course, course + "-l1", [], CancellationToken.None));
        var opened = await RowAsync(site, learner);
        foreach (var lesson in new[] { 1, 2, 3 })
        {
            await ProgressAsync(site, p => p.ReadAsync(learner, course, $"{course}-l{lesson}", CancellationToken.None));
        }

        var read = await RowAsync(site, learner);
        var reportAfterReading = await CourseReportAsync(site, course);
        await SubmitAsync(site, learner, course);
        var passed = await RowAsync(site, learner);
        var reportAfterQuiz = await CourseReportAsync(site, course);
        await Task.Delay(20);
        await ProgressAsync(site, p => p.OpenedAsync(learner, course, course + "-l2", [], CancellationToken.None));
        var reopened = await RowAsync(site, learner);

        Assert.Equal((LearnerStatus.NotStarted, 0, (DateTimeOffset?)null), (untouched.Status, untouched.National.LessonsRead, untouched.LastActivity));
        Assert.Equal(LearnerStatus.InProgress, opened.Status);
        Assert.NotNull(opened.LastActivity);
        Assert.Equal(3, read.National.LessonsRead);
        Assert.DoesNotContain(course, read.CoursesComplete);
        Assert.All(reportAfterReading.Lessons, l => Assert.Equal(1, l.Read));
        Assert.Equal(0, reportAfterReading.Quiz!.Attempts);
        Assert.Equal(100, passed.BestScores[course]);
        Assert.Contains(course, passed.CoursesComplete);
        Assert.Equal((1, 1, 1), (reportAfterQuiz.Quiz!.Attempts, reportAfterQuiz.Quiz.PassedAttempts, reportAfterQuiz.Completed));
        Assert.True(reopened.LastActivity > passed.LastActivity);
    }

    [Fact]
    public async Task ANewlyPublishedLesson_ShouldCountInTheNextReport()
    {
        await using var site = NewSite();
        await site.InitializeAsync();
        var course = CourseSeed.NewId("fr");
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(course, null, course + "-l1")));
        var quizCourse = await ReportSeed.CourseAsync(site, null);
        var learner = ReportSeed.NewLearnerId();
        await ReportSeed.AddAsync(site, quizCourse, [new SeededLearner(learner, null, [], [], [])]);
        await ProgressAsync(site, p => p.ReadAsync(learner, course, course + "-l1", CancellationToken.None));
        var before = await RowAsync(site, learner);

        var second = $$""", { "id": "{{course}}-l2", "title": { "fi": "Uusi oppitunti" }, "body": { "fi": "Teksti." }, "minutes": 3 }""";
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(course, null, course + "-l1", extraLesson: second)));
        var after = await RowAsync(site, learner);

        Assert.Contains(course, before.CoursesComplete);
        Assert.Equal(before.National.Lessons + 1, after.National.Lessons);
        Assert.Equal(before.National.LessonsRead, after.National.LessonsRead);
        Assert.DoesNotContain(course, after.CoursesComplete);
    }

    internal static Task<LearnerRow> RowAsync(SiteFactory site, string learner) =>
        site.WithServiceAsync(async s => Assert.Single(
            await s.GetRequiredService<LearnerStatuses>().AllAsync(Everything, LearnerFilter.All, CancellationToken.None), r => r.Id == learner));

    internal static Task ProgressAsync(SiteFactory site, Func<LearnerProgress, Task> write) =>
        site.WithServiceAsync(async s =>
        {
            await write(s.GetRequiredService<LearnerProgress>());
            return 0;
        });

    private static Task<CourseReport> CourseReportAsync(SiteFactory site, string course) =>
        site.WithServiceAsync(async s =>
            (await s.GetRequiredService<CourseReports>().ForAsync(course, s.GetRequiredService<LearnerQueries>().IdsIn(Everything), CancellationToken.None))!);

    /// <summary>A passing attempt, as the quiz's submit writes it (submitted time and grade together).</summary>
    private static Task<int> SubmitAsync(SiteFactory site, string learner, string course) =>
        site.WithServiceAsync(async s =>
        {
            var db = s.GetRequiredService<TrainingDbContext>();
            var version = db.Set<QuizVersion>().Single(v => v.QuizId == course + "-quiz" && v.IsPublished).Id;
            var now = DateTimeOffset.UtcNow;
            db.Set<QuizAttempt>().Add(new QuizAttempt
            {
                QuizId = course + "-quiz",
                QuizVersionId = version,
                UserId = learner,
                Number = 1,
                StartedAt = now,
                SubmittedAt = now,
                ScorePercent = 100,
                Passed = true,
            });
            return await db.SaveChangesAsync();
        });

    /// <summary>A site without the shipped recipes, so the tests' own courses are the whole package.</summary>
    public abstract class FreshSite : SiteFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Recipes:ApplyOnFirstRun"] = "false" };
    }
}

public sealed class ReportFactsFreshnessTestsOnSqlite : ReportFactsFreshnessTests
{
    protected override FreshSite NewSite() => new OnSqlite();

    private sealed class OnSqlite : FreshSite
    {
        public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    }
}

public sealed class ReportFactsFreshnessTestsOnPostgres : ReportFactsFreshnessTests
{
    protected override FreshSite NewSite() => new OnPostgres();

    /// <summary>Each node caches its own facts; a lesson read through the second node shows in the first node's next report.</summary>
    [Fact]
    public async Task AChangeOnAnotherNode_ShouldShowInThisNodesNextReport()
    {
        await using var first = NewSite();
        await first.InitializeAsync();
        await using var second = new NodeOn(first.Database.ConnectionString);
        var course = await ReportSeed.CourseAsync(first, null);
        var learner = ReportSeed.NewLearnerId();
        await ReportSeed.AddAsync(first, course, [new SeededLearner(learner, null, [1], [], [])]);
        var before = await RowAsync(first, learner);

        await ProgressAsync(second, p => p.ReadAsync(learner, course, course + "-l1", CancellationToken.None));
        var after = await RowAsync(first, learner);

        Assert.Equal((0, 1), (before.National.LessonsRead, after.National.LessonsRead));
    }

    private sealed class OnPostgres : FreshSite
    {
        public override DatabaseProvider Provider => DatabaseProvider.Postgres;
    }
}
