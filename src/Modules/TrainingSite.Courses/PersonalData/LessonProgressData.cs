using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.PersonalData;
using TrainingSite.Courses.Models;
using TrainingSite.Data;

namespace TrainingSite.Courses.PersonalData;

/// <summary>A learner's lesson progress: exported as it is; on deletion kept for statistics under the anonymous id.</summary>
public sealed class LessonProgressData(TrainingDbContext db, IStringLocalizer<CoursesStrings> strings) : IPersonalDataSource
{
    public string Section => "lessonProgress";

    public async Task<PersonalDataSection> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var rows = await db.Set<LessonProgress>().AsNoTracking().Where(p => p.UserId == subject.UserId)
            .OrderBy(p => p.CourseId).ThenBy(p => p.LessonId)
            .Select(p => new { p.CourseId, p.LessonId, p.OpenedAt, p.ReadAt })
            .ToListAsync(cancellationToken);
        return new(
            strings["PersonalData.ProgressTitle"],
            [strings["PersonalData.LessonsOpened", rows.Count], strings["PersonalData.LessonsRead", rows.Count(r => r.ReadAt is not null)]],
            rows);
    }

    public Task EraseAsync(PersonalDataErasure erasure, CancellationToken cancellationToken) =>
        db.Set<LessonProgress>().Where(p => p.UserId == erasure.Subject.UserId)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.UserId, erasure.AnonymousUserId), cancellationToken);
}
