using TrainingSite.Abstractions.Content;
using TrainingSite.Courses.Models;

namespace TrainingSite.Courses.Services;

/// <summary>A history page's content: the versions, newest first, and the two being compared, if any.</summary>
public sealed record VersionHistory(string Title, string BackUrl, IReadOnlyList<ContentVersion> Versions, ContentVersion? From, ContentVersion? To)
{
    public static VersionHistory Of(string title, string backUrl, IEnumerable<ContentVersion> versions, int? from, int? to)
    {
        var ordered = versions.OrderByDescending(v => v.Number).ToList();
        return new VersionHistory(title, backUrl, ordered, ordered.FirstOrDefault(v => v.Number == from), ordered.FirstOrDefault(v => v.Number == to));
    }
}
