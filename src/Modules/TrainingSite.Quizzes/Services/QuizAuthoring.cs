using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Core.Content;
using TrainingSite.Data;
using TrainingSite.Quizzes.Models;

namespace TrainingSite.Quizzes.Services;

/// <summary>
/// Authors' changes to a course's quiz. Every change goes to the quiz's draft (started from the live
/// version); publishing makes it live. Attempts keep the version they were taken on. Callers check the
/// regional scope first. Publishing, discarding, restoring and moving a question save their audit event with the change.
/// </summary>
public sealed class QuizAuthoring(TrainingDbContext db, ICourseDirectory courses, IAuditTrail audit)
{
    public Task<Quiz?> LoadAsync(string courseId, CancellationToken cancellationToken) =>
        db.Set<Quiz>().Include(q => q.Versions).FirstOrDefaultAsync(q => q.CourseId == courseId, cancellationToken);

    public async Task<Quiz> CreateAsync(string courseId, LocalizedText title, ContentAuthor author, CancellationToken cancellationToken)
    {
        var taken = (await db.Set<Quiz>().Select(q => q.Id).ToListAsync(cancellationToken)).ToHashSet();
        var id = $"{courseId}-quiz";
        for (var n = 2; taken.Contains(id); n++)
        {
            id = $"{courseId}-quiz-{n}";
        }

        var quiz = new Quiz { Id = id, CourseId = courseId, CreatedAt = DateTimeOffset.UtcNow };
        db.Add(quiz);
        Draft(quiz, author).Title = title;
        await db.SaveChangesAsync(cancellationToken);
        return quiz;
    }

    /// <summary>Applies a change to the draft and saves it.</summary>
    public async Task ChangeAsync(Quiz quiz, ContentAuthor author, Action<QuizVersion> change, CancellationToken cancellationToken)
    {
        var draft = Draft(quiz, author);
        var title = draft.Title;
        change(draft);
        VersionWorkflow.TrackTextChanges(draft.TextUpdatedAt, DateTimeOffset.UtcNow, (title, draft.Title));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> PublishAsync(Quiz quiz, ContentAuthor author, CancellationToken cancellationToken)
    {
        var published = VersionWorkflow.Publish(quiz.Versions, author, DateTimeOffset.UtcNow);
        if (published)
        {
            await RecordAsync(AuditKinds.ContentPublished, quiz, VersionWorkflow.Published(quiz.Versions), null, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return published;
    }

    /// <summary>Makes version <paramref name="number"/>'s settings and questions the draft; false when there is no such version.</summary>
    public async Task<bool> RestoreAsync(Quiz quiz, int number, ContentAuthor author, CancellationToken cancellationToken)
    {
        if (quiz.Versions.FirstOrDefault(v => v.Number == number) is not { } source)
        {
            return false;
        }

        var draft = Draft(quiz, author);
        var (title, copy) = (draft.Title, QuizVersion.CopyOf(quiz.Id, source));
        (draft.Title, draft.PassPercent, draft.MaxAttempts, draft.Shuffle, draft.OnePerPage, draft.PartialCredit, draft.Questions) =
            (copy.Title, copy.PassPercent, copy.MaxAttempts, copy.Shuffle, copy.OnePerPage, copy.PartialCredit, copy.Questions);
        VersionWorkflow.TrackTextChanges(draft.TextUpdatedAt, DateTimeOffset.UtcNow, (title, draft.Title));
        await RecordAsync(AuditKinds.ContentRestored, quiz, draft, $"from version {number}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Moves a question one step in the draft; the trail records it as the quiz reordered.</summary>
    public async Task MoveQuestionAsync(Quiz quiz, ContentAuthor author, string questionId, int direction, CancellationToken cancellationToken)
    {
        var draft = Draft(quiz, author);
        if (MoveQuestion(draft, questionId, direction))
        {
            await RecordAsync(AuditKinds.ContentReordered, quiz, draft, $"question {questionId} {(direction < 0 ? "moved up" : "moved down")}", cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> DiscardAsync(Quiz quiz, CancellationToken cancellationToken)
    {
        var draft = VersionWorkflow.Draft(quiz.Versions);
        if (draft is null || VersionWorkflow.Published(quiz.Versions) is null)
        {
            return false;
        }

        quiz.Versions.Remove(draft);
        db.Remove(draft);
        await RecordAsync(AuditKinds.ContentDiscarded, quiz, draft, null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Replaces the question with the same id, or adds it at the end.</summary>
    public static void PutQuestion(QuizVersion draft, QuizQuestion question)
    {
        var index = draft.Questions.FindIndex(q => q.Id == question.Id);
        var questions = draft.Questions.ToList();
        if (index < 0)
        {
            questions.Add(question);
        }
        else
        {
            questions[index] = question;
        }

        draft.Questions = questions;
    }

    /// <summary>True when the question moved (false for an unknown question or at either end).</summary>
    private static bool MoveQuestion(QuizVersion draft, string questionId, int direction)
    {
        var questions = draft.Questions.ToList();
        var index = questions.FindIndex(q => q.Id == questionId);
        var other = index + Math.Sign(direction);
        if (index >= 0 && other >= 0 && other < questions.Count)
        {
            (questions[index], questions[other]) = (questions[other], questions[index]);
            draft.Questions = questions;
            return true;
        }

        return false;
    }

    /// <summary>Adds the event (the quiz's Finnish title, its course's region) to this unit of work, saved with the change.</summary>
    private async Task RecordAsync(string kind, Quiz quiz, QuizVersion? version, string? details, CancellationToken cancellationToken)
    {
        var (_, regionId) = await courses.RegionOfAsync(quiz.CourseId, cancellationToken);
        var title = VersionWorkflow.Latest(quiz.Versions)?.Title ?? version?.Title;
        audit.Record(new AuditRecord(kind, AuditItemTypes.Quiz, quiz.Id, title is null ? quiz.Id : AuditTitle.Of(title), regionId, details) { VersionNumber = version?.Number });
    }

    private static QuizVersion Draft(Quiz quiz, ContentAuthor author)
    {
        var draft = VersionWorkflow.EnsureDraft(quiz.Versions, source => QuizVersion.CopyOf(quiz.Id, source), author, DateTimeOffset.UtcNow);
        draft.UpdatedAt = DateTimeOffset.UtcNow;
        draft.SetAuthor(author);
        return draft;
    }
}
