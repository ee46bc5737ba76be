namespace TrainingSite.Reports.Services.Learners;

/// <summary>How many learners are in each <see cref="LearnerStatus"/>; the funnel reads <see cref="AtLeast"/>.</summary>
public sealed class LearnerStatusCounts(IReadOnlyDictionary<LearnerStatus, int> counts)
{
    public int Registered => counts.Values.Sum();

    public int Count(LearnerStatus status) => counts.TryGetValue(status, out var count) ? count : 0;

    /// <summary>Learners who reached the stage or a later one: started = AtLeast(InProgress), and so on.</summary>
    public int AtLeast(LearnerStatus status) => counts.Where(c => c.Key >= status).Sum(c => c.Value);
}
