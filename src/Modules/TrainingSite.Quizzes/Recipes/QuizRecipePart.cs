using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Core.Content;
using TrainingSite.Data;
using TrainingSite.Quizzes.Models;

namespace TrainingSite.Quizzes.Recipes;

/// <summary>The quiz part of the <c>courses</c> step: an upsert by quiz id, a new version only when something changed.</summary>
public sealed class QuizRecipePart(TrainingDbContext db, IStringLocalizer<SharedStrings> strings) : ICourseQuizRecipePart
{
    public const string Author = "recipe";

    public void Validate(JsonElement quiz, string path, RecipeValidationContext context) => QuizRecipeReader.Read(quiz, path, context);

    public async Task ApplyAsync(string courseId, JsonElement quiz, bool publish, CancellationToken cancellationToken)
    {
        var (id, wanted) = QuizRecipeReader.Read(quiz, "$", new RecipeValidationContext(strings));
        var existing = await db.Set<Quiz>().Include(q => q.Versions).FirstOrDefaultAsync(q => q.Id == id, cancellationToken);
        var now = DateTimeOffset.UtcNow;
        if (existing is null)
        {
            existing = new Quiz { Id = id, CourseId = courseId, CreatedAt = now };
            db.Add(existing);
        }

        existing.CourseId = courseId;
        var compareTo = publish ? VersionWorkflow.Published(existing.Versions) : VersionWorkflow.Latest(existing.Versions);
        if (compareTo is not null && Same(compareTo, wanted) && (!publish || VersionWorkflow.Draft(existing.Versions) is null))
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var draft = VersionWorkflow.EnsureDraft(existing.Versions, source => QuizVersion.CopyOf(id, source), ContentAuthor.Recipe, now);
        var oldTitle = draft.Title;
        Copy(wanted, draft);
        VersionWorkflow.TrackTextChanges(draft.TextUpdatedAt, now, (oldTitle, draft.Title));
        draft.UpdatedAt = now;
        if (publish)
        {
            VersionWorkflow.Publish(existing.Versions, ContentAuthor.Recipe, now);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<JsonObject?> ExportAsync(string courseId, CancellationToken cancellationToken)
    {
        var quiz = await db.Set<Quiz>().AsNoTracking().Include(q => q.Versions).FirstOrDefaultAsync(q => q.CourseId == courseId, cancellationToken);
        var version = quiz is null ? null : VersionWorkflow.Published(quiz.Versions) ?? VersionWorkflow.Draft(quiz.Versions);
        return version is null ? null : QuizExport.ToJson(quiz!.Id, version);
    }

    private static void Copy(QuizVersion source, QuizVersion target)
    {
        target.Title = source.Title;
        target.PassPercent = source.PassPercent;
        target.MaxAttempts = source.MaxAttempts;
        target.Shuffle = source.Shuffle;
        target.OnePerPage = source.OnePerPage;
        target.PartialCredit = source.PartialCredit;
        target.Questions = source.Questions;
    }

    private static bool Same(QuizVersion left, QuizVersion right) =>
        QuizExport.ToJson(left.QuizId, left).ToJsonString() == QuizExport.ToJson(left.QuizId, right).ToJsonString();
}
