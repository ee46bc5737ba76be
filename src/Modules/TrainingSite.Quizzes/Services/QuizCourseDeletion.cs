using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Data;
using TrainingSite.Quizzes.Models;

namespace TrainingSite.Quizzes.Services;

/// <summary>Removes a deleted course's quiz with its attempts and answers, inside the courses module's transaction.</summary>
public sealed class QuizCourseDeletion(TrainingDbContext db) : ICourseDeletionListener
{
    public async Task CourseDeletingAsync(string courseId, CancellationToken cancellationToken)
    {
        var quizIds = db.Set<Quiz>().Where(q => q.CourseId == courseId).Select(q => q.Id);

        // Attempts point at versions with a restricting key, so they go first; answers go with their attempts.
        await db.Set<QuizAttempt>().Where(a => quizIds.Contains(a.QuizId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<Quiz>().Where(q => q.CourseId == courseId).ExecuteDeleteAsync(cancellationToken);
    }
}
