using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Courses.Models;

public class CourseVersion : ContentVersion
{
    public required string CourseId { get; set; }

    public LocalizedText Summary { get; set; } = LocalizedText.Empty;

    public override LocalizedText MainText => Summary;

    /// <summary>A new version of the course with the text of <paramref name="source"/>, or empty.</summary>
    public static CourseVersion CopyOf(string courseId, CourseVersion? source) =>
        new() { CourseId = courseId, Title = source?.Title ?? LocalizedText.Empty, Summary = source?.Summary ?? LocalizedText.Empty };
}
