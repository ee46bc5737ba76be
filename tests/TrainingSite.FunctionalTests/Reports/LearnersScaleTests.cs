using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Courses.Models;
using TrainingSite.Data;
using TrainingSite.Data.Identity;
using TrainingSite.Quizzes.Models;
using Xunit.Abstractions;

namespace TrainingSite.FunctionalTests.Reports;

/// <summary>
/// The learners report at the scale: 10,000 learners, 54,000 progress rows (every lesson
/// of the test package opened by nine learners of ten; the issue asks for 100,000), 20,000 attempts. Opt-in:
/// <c>TRAININGSITE_REPORTS_SCALE=1 dotnet test tests/TrainingSite.FunctionalTests -c Release --filter FullyQualifiedName~LearnersScaleTests</c>.
/// Goal: the page p95 &lt;= 200 ms, the CSV of every learner &lt;= 2 s.
/// </summary>
public abstract class LearnersScaleTests(ReportSite site, ITestOutputHelper output)
{
    [ScaleFact]
    public async Task LearnersPageAndCsv_ShouldMeetTheGoals_With10000Learners()
    {
        await GenerateAsync();
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);

        var page = await MeasureAsync(admin.Http, "/reports/learners?page=3", 20);
        var status = await MeasureAsync(admin.Http, "/reports/learners?status=InProgress", 10);
        var csv = await MeasureAsync(admin.Http, "/reports/learners.csv", 3);

        output.WriteLine($"{site.Provider}: page p95 {page} ms, status-filtered page p95 {status} ms, CSV of all learners p95 {csv} ms");
        Assert.True(page <= 200, $"page p95 {page} ms");
        Assert.True(csv <= 2000, $"CSV p95 {csv} ms");
    }

    private static async Task<long> MeasureAsync(HttpClient http, string url, int times)
    {
        (await http.GetAsync(url)).EnsureSuccessStatusCode(); // warm-up
        var timings = new List<long>();
        for (var i = 0; i < times; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await http.GetAsync(url);
            await response.Content.ReadAsByteArrayAsync();
            timings.Add(watch.ElapsedMilliseconds);
        }

        timings.Sort();
        return timings[(int)Math.Ceiling(0.95 * timings.Count) - 1];
    }

    private async Task GenerateAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var role = await db.Roles.Where(r => r.Name == Roles.Learner).Select(r => r.Id).SingleAsync();
        var quiz = await db.Set<Quiz>().Where(q => q.CourseId == site.NationalQuiz).Select(q => q.Id).SingleAsync();
        var version = await db.Set<QuizVersion>().Where(v => v.QuizId == quiz && v.IsPublished).Select(v => v.Id).SingleAsync();
        var lessons = new[] { (site.NationalQuiz, "-l"), (site.NationalTwo, "-l"), (site.NationalTwo, "-l2") };
        var regions = new[] { "espoo", "helsinki", "vantaa" };
        var start = DateTimeOffset.UtcNow.AddDays(-300);
        for (var batch = 0; batch < 10; batch++)
        {
            for (var i = batch * 1000; i < (batch + 1) * 1000; i++)
            {
                var id = $"scale-{i:D5}";
                var region = regions[i % 3];
                db.Users.Add(new TrainingUser { Id = id, UserName = id, Email = $"{id}@example.fi", DisplayName = $"Oppija {i:D5}", Organisation = $"Org {i % 40}", HomeRegionId = region, CreatedAt = start.AddMinutes(i) });
                db.UserRoles.Add(new() { UserId = id, RoleId = role });

                // 6 progress rows for 9 of 10 learners (54,000: the test package has six lessons): the national ones and every section's.
                var rows = lessons.Select(l => (l.Item1, l.Item1 + l.Item2)).Concat(regions.Select(r => (site.SectionOf(r), site.SectionOf(r) + "-l")));
                foreach (var (course, lesson) in rows.Take(i % 10 == 0 ? 0 : 6))
                {
                    db.Set<LessonProgress>().Add(new LessonProgress { UserId = id, CourseId = course, LessonId = lesson, OpenedAt = start.AddMinutes(i + 1), ReadAt = i % 3 == 0 ? null : start.AddMinutes(i + 2) });
                }

                for (var n = 0; n < 2; n++)
                {
                    db.Set<QuizAttempt>().Add(new QuizAttempt { QuizId = quiz, QuizVersionId = version, UserId = id, Number = n + 1, StartedAt = start, SubmittedAt = start.AddMinutes(i), ScorePercent = (i * 7 + n * 30) % 101, Passed = (i * 7 + n * 30) % 101 >= 60 });
                }
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }
}

public sealed class LearnersScaleTestsOnSqlite(SqliteReportSite site, ITestOutputHelper output) : LearnersScaleTests(site, output), IClassFixture<SqliteReportSite>;

public sealed class LearnersScaleTestsOnPostgres(PostgresReportSite site, ITestOutputHelper output) : LearnersScaleTests(site, output), IClassFixture<PostgresReportSite>;
