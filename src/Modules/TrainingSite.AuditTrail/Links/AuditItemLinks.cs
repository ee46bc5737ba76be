using System.Globalization;
using System.Text.RegularExpressions;
using TrainingSite.Abstractions.Audit;
using TrainingSite.AuditTrail.Models;

namespace TrainingSite.AuditTrail.Links;

/// <summary>
/// An event's links, from its item's type and id (see <see cref="AuditItemKeys"/>): the authoring page of a course,
/// lesson, quiz or guidance article, and for an event with a version number the history page comparing that version
/// with the one before (<c>?from=N-1&amp;to=N</c>, the history page's query). Accounts, roles, certificates and recipes
/// link to their administration pages only where the reader is an administrator.
/// </summary>
public static partial class AuditItemLinks
{
    /// <param name="courseOfLesson">The course of a lesson recorded by its id alone (published lessons), or null.</param>
    public static AuditItemLink For(AuditEvent auditEvent, bool administrator, Func<string, string?> courseOfLesson)
    {
        if (auditEvent.ItemId is not { Length: > 0 } id || auditEvent.Kind is AuditKinds.ContentDeleted or AuditKinds.ContentPurged)
        {
            return AuditItemLink.None;
        }

        var path = auditEvent.ItemType switch
        {
            AuditItemTypes.Course => $"/authoring/courses/{Escape(id)}",
            AuditItemTypes.Lesson => LessonPath(id, courseOfLesson),
            AuditItemTypes.Quiz => $"/authoring/courses/{Escape(CourseOfQuiz(id))}/quiz",
            AuditItemTypes.GuidanceArticle => $"/authoring/guidance/{Escape(id)}",
            AuditItemTypes.ServicePoint => $"/authoring/directory/{Escape(id)}",
            AuditItemTypes.User when administrator => $"/admin/users/{Escape(id)}",
            AuditItemTypes.Certificate when administrator && int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) =>
                $"/admin/certificates/{number}",
            AuditItemTypes.Role when administrator => "/admin/roles",
            AuditItemTypes.Recipe when administrator => "/admin/recipes",
            _ => null,
        };
        if (path is null)
        {
            return AuditItemLink.None;
        }

        var versioned = auditEvent.ItemType is AuditItemTypes.Course or AuditItemTypes.Lesson or AuditItemTypes.Quiz or AuditItemTypes.GuidanceArticle or AuditItemTypes.ServicePoint;
        var comparison = versioned && auditEvent.VersionNumber is { } version and > 0
            ? path + "/history" + (version > 1 ? string.Create(CultureInfo.InvariantCulture, $"?from={version - 1}&to={version}") : string.Empty)
            : null;
        return new AuditItemLink(path, comparison);
    }

    private static string? LessonPath(string id, Func<string, string?> courseOfLesson)
    {
        var separator = id.IndexOf(AuditItemKeys.Separator, StringComparison.Ordinal);
        var (courseId, lessonId) = separator > 0 ? (id[..separator], id[(separator + 1)..]) : (courseOfLesson(id), id);
        return courseId is null || lessonId.Length == 0 ? null : $"/authoring/courses/{Escape(courseId)}/lessons/{Escape(lessonId)}";
    }

    /// <summary>The course id; a quiz's own id ("course-quiz", "course-quiz-2") is accepted too, as the quizzes module makes them.</summary>
    private static string CourseOfQuiz(string id) => QuizId().Match(id) is { Success: true } match ? match.Groups[1].Value : id;

    private static string Escape(string segment) => Uri.EscapeDataString(segment);

    [GeneratedRegex(@"^(.+)-quiz(-\d+)?$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex QuizId();
}
