namespace TrainingSite.Guidance.Services;

/// <summary>The history page's content: the versions, newest first, and the two being compared, if any.</summary>
public sealed record ArticleHistory(string Title, string BackUrl, IReadOnlyList<ContentVersion> Versions, ContentVersion? From, ContentVersion? To)
{
    public static ArticleHistory Of(string title, string backUrl, IEnumerable<ContentVersion> versions, int? from, int? to)
    {
        var ordered = versions.OrderByDescending(v => v.Number).ToList();
        return new ArticleHistory(title, backUrl, ordered, ordered.FirstOrDefault(v => v.Number == from), ordered.FirstOrDefault(v => v.Number == to));
    }
}
