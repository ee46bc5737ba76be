using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Courses.Models;

public class LessonVersion : ContentVersion
{
    public required string LessonId { get; set; }

    /// <summary>Markdown per language; raw HTML in it is shown as text.</summary>
    public LocalizedText Body { get; set; } = LocalizedText.Empty;

    /// <summary>Estimated reading time.</summary>
    public int Minutes { get; set; } = 5;

    /// <summary>The day an author last checked the lesson's facts; null when never checked.</summary>
    public DateOnly? ReviewedOn { get; set; }

    public override LocalizedText MainText => Body;

    /// <summary>A new version of the lesson with the text of <paramref name="source"/>, or empty.</summary>
    public static LessonVersion CopyOf(string lessonId, LessonVersion? source) =>
        new() { LessonId = lessonId, Title = source?.Title ?? LocalizedText.Empty, Body = source?.Body ?? LocalizedText.Empty, Minutes = source?.Minutes ?? 5, ReviewedOn = source?.ReviewedOn };
}
