using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.PersonalData;
using TrainingSite.Data;
using TrainingSite.Quizzes.Models;

namespace TrainingSite.Quizzes.PersonalData;

/// <summary>
/// A learner's quiz attempts with their answers and scores: exported in full; on deletion kept under the anonymous
/// id, so the question statistics do not change.
/// </summary>
public sealed class QuizAttemptsData(TrainingDbContext db, IStringLocalizer<QuizzesStrings> strings) : IPersonalDataSource
{
    public string Section => "quizAttempts";

    public async Task<PersonalDataSection> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var attempts = await db.Set<QuizAttempt>().AsNoTracking().Include(a => a.Answers)
            .Where(a => a.UserId == subject.UserId).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var rows = attempts.Select(a => new
        {
            a.QuizId,
            a.QuizVersionId,
            a.Number,
            a.StartedAt,
            a.SubmittedAt,
            a.ScorePercent,
            a.Passed,
            Answers = a.Answers.OrderBy(x => x.QuestionId, StringComparer.Ordinal)
                .Select(x => new { x.QuestionId, ChoiceIds = x.ChoiceIds.Split(',', StringSplitOptions.RemoveEmptyEntries), x.AnsweredAt }),
        }).ToList();
        return new(strings["PersonalData.AttemptsTitle"], [strings["PersonalData.Attempts", rows.Count]], rows);
    }

    public Task EraseAsync(PersonalDataErasure erasure, CancellationToken cancellationToken) =>
        db.Set<QuizAttempt>().Where(a => a.UserId == erasure.Subject.UserId)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.UserId, erasure.AnonymousUserId), cancellationToken);
}
