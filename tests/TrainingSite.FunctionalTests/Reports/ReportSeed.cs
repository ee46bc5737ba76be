using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Courses.Models;
using TrainingSite.Data;
using TrainingSite.Data.Identity;
using TrainingSite.FunctionalTests.Courses;
using TrainingSite.Quizzes.Models;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Reports;

/// <summary>
/// Report data written straight to the database (thousands of sign-ups through the pages would be slow and prove
/// nothing new): a course of three lessons with a three-question single-choice quiz (choice a right) through the real
/// recipe engine, and learners with their progress and submitted attempts.
/// </summary>
public static class ReportSeed
{
    public const int PassPercent = 60;

    public static async Task<string> CourseAsync(SiteFactory site, string? region)
    {
        var id = CourseSeed.NewId("rc");
        string Lesson(int n) => $$"""{ "id": "{{id}}-l{{n}}", "title": { "fi": "Oppitunti {{n}}", "en": "Lesson {{n}}" }, "body": { "fi": "Teksti." }, "minutes": 5 }""";
        string Question(string q) => $$"""
            { "id": "{{q}}", "kind": "single", "prompt": { "fi": "Kysymys {{q}}", "en": "Question {{q}}" },
              "choices": [ { "id": "a", "text": { "fi": "A" }, "correct": true }, { "id": "b", "text": { "fi": "B" }, "correct": false } ] }
            """;
        var course = CourseSeed.Course(id, region, id + "-l1", extraLesson: "," + Lesson(2) + "," + Lesson(3)).TrimEnd()[..^1] + $$"""
            , "quiz": { "id": "{{id}}-quiz", "title": { "fi": "Visa {{id}}" }, "passPercent": {{PassPercent}}, "maxAttempts": null, "shuffle": false, "onePerPage": false,
              "questions": [ {{Question("q1")}}, {{Question("q2")}}, {{Question("q3")}} ] } }
            """;
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(course));
        return id;
    }

    /// <summary>Creates the learners (in the Learner role; <c>Counted = false</c> ones erased) with their progress and attempts in the course.</summary>
    public static async Task AddAsync(SiteFactory site, string courseId, IReadOnlyList<SeededLearner> learners, string role = Roles.Learner)
    {
        await site.WithServiceAsync(async services =>
        {
            var db = services.GetRequiredService<TrainingDbContext>();
            var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleAsync();
            var version = await db.Set<QuizVersion>().Where(v => v.QuizId == courseId + "-quiz" && v.IsPublished).Select(v => v.Id).SingleAsync();
            var now = DateTimeOffset.UtcNow;
            foreach (var learner in learners)
            {
                db.Users.Add(new TrainingUser
                {
                    Id = learner.Id,
                    UserName = learner.Id,
                    NormalizedUserName = learner.Id.ToUpperInvariant(),
                    Email = learner.Id + "@example.fi",
                    DisplayName = learner.Id,
                    HomeRegionId = learner.Region,
                    CreatedAt = now,
                    ErasedAt = learner.Counted ? null : now,
                });
                db.UserRoles.Add(new() { UserId = learner.Id, RoleId = roleId });
                db.Set<LessonProgress>().AddRange(learner.Opened.Select(n => new LessonProgress
                {
                    UserId = learner.Id,
                    LessonId = $"{courseId}-l{n}",
                    CourseId = courseId,
                    OpenedAt = now,
                    ReadAt = learner.Read.Contains(n) ? now : null,
                }));
                db.Set<QuizAttempt>().AddRange(learner.Attempts.Select((rights, index) => new QuizAttempt
                {
                    QuizId = courseId + "-quiz",
                    QuizVersionId = version,
                    UserId = learner.Id,
                    Number = index + 1,
                    StartedAt = now,
                    SubmittedAt = now,
                    ScorePercent = SeededLearner.Score(rights),
                    Passed = SeededLearner.Passes(rights),
                    Answers = [.. rights.Select((right, q) => new QuizAnswer { QuestionId = $"q{q + 1}", ChoiceIds = right ? "a" : "b", AnsweredAt = now })],
                }));
            }

            await db.SaveChangesAsync();
            return 0;
        });
    }

    public static string NewLearnerId() => "rl-" + Guid.NewGuid().ToString("N");
}
