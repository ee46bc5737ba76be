using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Certificates.Models;
using TrainingSite.Courses.Models;
using TrainingSite.Data;
using TrainingSite.Data.Identity;
using TrainingSite.Quizzes.Models;

namespace TrainingSite.FunctionalTests.Reports;

/// <summary>
/// Writes <see cref="DashboardDataSet"/> into a site's database: accounts (without passwords, so quickly), lesson
/// progress, submitted attempts at the national quiz and certificates, at the data set's dates.
/// </summary>
public static class DashboardSeeder
{
    public static async Task SeedAsync(IServiceProvider services, DashboardDataSet data, string national, IReadOnlyDictionary<string, string> regionalCourses)
    {
        var users = services.GetRequiredService<UserManager<TrainingUser>>();
        var db = services.GetRequiredService<TrainingDbContext>();
        var quiz = await db.Set<Quiz>().SingleAsync(q => q.CourseId == national);
        var version = await db.Set<QuizVersion>().Where(v => v.QuizId == quiz.Id).MaxAsync(v => v.Id);
        var number = 0;
        foreach (var learner in data.Learners)
        {
            var user = new TrainingUser
            {
                UserName = learner.Email,
                Email = learner.Email,
                DisplayName = learner.Email.Split('@')[0],
                HomeRegionId = learner.Region,
                CreatedAt = data.DaysAgo(learner.RegisteredDaysAgo),
            };
            Assert.True((await users.CreateAsync(user)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Learner)).Succeeded);
            if (learner.ActivityDaysAgo is not { } activityDays)
            {
                continue;
            }

            var activity = data.DaysAgo(activityDays);
            var regional = learner.Region is null ? null : regionalCourses[learner.Region];
            var readNational = learner.NationalDone;
            if (learner.Region is not null || readNational)
            {
                db.Add(Progress(user.Id, national, activity, readNational));
            }

            if (regional is not null && learner.NationalDone)
            {
                db.Add(Progress(user.Id, regional, activity, learner.PackageDone));
            }

            db.Add(new QuizAttempt
            {
                QuizId = quiz.Id,
                QuizVersionId = version,
                UserId = user.Id,
                Number = 1,
                StartedAt = activity.AddMinutes(-10),
                SubmittedAt = activity,
                ScorePercent = readNational ? 100 : 30,
                Passed = readNational,
            });
            if (learner.IssuedDaysAgo is { } issued)
            {
                number++;
                db.Add(new Certificate
                {
                    UserId = user.Id,
                    Programme = CertificateProgrammes.TrainingPackage,
                    Code = $"T{number:D3}{Guid.NewGuid():N}"[..16].ToUpperInvariant(),
                    HolderName = user.DisplayName,
                    RegionId = learner.Region,
                    CompletedAt = data.DaysAgo(issued),
                    RevokedAt = learner.RevokedDaysAgo is { } revoked ? data.DaysAgo(revoked) : null,
                });
            }
        }

        await db.SaveChangesAsync();
    }

    private static LessonProgress Progress(string userId, string courseId, DateTimeOffset at, bool read) =>
        new() { UserId = userId, CourseId = courseId, LessonId = courseId + "-l", OpenedAt = at, ReadAt = read ? at : null };
}
