namespace TrainingSite.Abstractions.Audit;

/// <summary>
/// What <see cref="AuditRecord.ItemId"/> holds for each <see cref="AuditItemTypes"/> value, so the trail can link an
/// event to its item and to the versions' comparison: a course, a guidance article, a user, a role, a recipe: its id
/// (a role: its name); a lesson: <see cref="Lesson"/> ("courseId/lessonId", as its pages are under the course); a
/// quiz: the course's id (one quiz per course, its pages are under the course); a certificate: its number.
/// </summary>
public static class AuditItemKeys
{
    public const char Separator = '/';

    public static string Lesson(string courseId, string lessonId) => courseId + Separator + lessonId;
}
