namespace TrainingSite.Reports.Services.Learners;

/// <summary>
/// Which learners a report lists, as the page's GET form and the CSV's query give it. Every value is intersected with
/// the caller's scope on the server; <see cref="Region"/> is a region id, or <see cref="NoRegion"/> for the learners
/// without a home region (only within a national scope).
/// </summary>
public sealed record LearnerFilter(string? Region = null, string? Organisation = null, LearnerStatus? Status = null, string? CourseId = null)
{
    /// <summary>The region filter's value for learners who have not chosen a home region.</summary>
    public const string NoRegion = "-";

    public static readonly LearnerFilter All = new();

    /// <summary>The one region the filter names, or null (every region in scope, or the learners without a region).</summary>
    public string? RegionId => Region is { } region and not NoRegion ? region : null;

    /// <summary>For the audit trail's details: the filter as the query string would carry it.</summary>
    public override string ToString() =>
        string.Join("&", new[] { ("region", Region), ("organisation", Organisation), ("status", Status?.ToString()), ("course", CourseId) }
            .Where(p => p.Item2 is not null)
            .Select(p => $"{p.Item1}={p.Item2}")) is { Length: > 0 } text ? text : "all";
}
