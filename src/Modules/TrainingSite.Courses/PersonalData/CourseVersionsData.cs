using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.PersonalData;
using TrainingSite.Core.Authoring;
using TrainingSite.Core.PersonalData;
using TrainingSite.Courses.Models;
using TrainingSite.Data;

namespace TrainingSite.Courses.PersonalData;

/// <summary>The course and lesson versions a person wrote or published; on deletion the text stays, by "deleted user".</summary>
public sealed class CourseVersionsData(TrainingDbContext db, IStringLocalizer<CoursesStrings> strings, IStringLocalizer<AuthoringStrings> authoringText) : IPersonalDataSource
{
    public string Section => "courseVersions";

    public async Task<PersonalDataSection> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var courses = await AuthoredVersions.ExportAsync(db.Set<CourseVersion>(), subject, v => v.CourseId, cancellationToken);
        var lessons = await AuthoredVersions.ExportAsync(db.Set<LessonVersion>(), subject, v => v.LessonId, cancellationToken);
        return new(strings["PersonalData.VersionsTitle"], [authoringText["PersonalData.Versions", courses.Count + lessons.Count]], new { courses, lessons });
    }

    public async Task EraseAsync(PersonalDataErasure erasure, CancellationToken cancellationToken)
    {
        await AuthoredVersions.EraseAsync(db.Set<CourseVersion>(), erasure.Subject, cancellationToken);
        await AuthoredVersions.EraseAsync(db.Set<LessonVersion>(), erasure.Subject, cancellationToken);
    }
}
