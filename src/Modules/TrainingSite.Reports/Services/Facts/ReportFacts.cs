using TrainingSite.Abstractions.Reporting;
using TrainingSite.Reports.Services.Learners;

namespace TrainingSite.Reports.Services.Facts;

/// <summary>
/// Every account's reporting facts at one moment, indexed per account, with the published courses they were counted
/// against. Built once per change of the data (<see cref="ReportFactsCache"/>) and only read afterwards, so one
/// instance serves every report request until a learner, a quiz or a certificate changes something.
/// </summary>
public sealed class ReportFacts
{
    private readonly Dictionary<string, LearnerFacts> _learners = new(StringComparer.Ordinal);
    private readonly LearnerFacts _nothing = new();
    private readonly ILookup<string?, ReportedCourse> _parts;

    public ReportFacts(IReadOnlyList<ReportedCourse> courses)
    {
        Courses = courses;
        CoursesById = courses.ToDictionary(c => c.Id, StringComparer.Ordinal);
        _parts = courses.ToLookup(c => c.RegionId);
    }

    /// <summary>The published courses, in the catalogue's order.</summary>
    public IReadOnlyList<ReportedCourse> Courses { get; }

    public IReadOnlyDictionary<string, ReportedCourse> CoursesById { get; }

    /// <summary>The facts of one account; an account that has done nothing has empty facts.</summary>
    public LearnerFacts Of(string userId) => _learners.GetValueOrDefault(userId) ?? _nothing;

    /// <summary>The published courses of one part: the national part (null) or a region's section.</summary>
    public IEnumerable<ReportedCourse> PartOf(string? regionId) => _parts[regionId];

    /// <summary>Computes every account's <see cref="LearnerSummary"/> once the facts are complete; nothing changes afterwards.</summary>
    internal void Summarise()
    {
        foreach (var learner in _learners.Values.Append(_nothing))
        {
            learner.Summary = LearnerSummary.Of(learner, this);
        }
    }

    internal LearnerFacts For(string userId)
    {
        if (!_learners.TryGetValue(userId, out var learner))
        {
            _learners[userId] = learner = new LearnerFacts();
        }

        return learner;
    }
}
