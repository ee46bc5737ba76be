namespace TrainingSite.Reports.Services.Learners;

/// <summary>
/// A learner's account as the report reads it, before the progress is added. Settable members (not a positional
/// record) so EF Core goes on composing OrderBy, Where and Skip over the projection in SQL.
/// </summary>
public sealed class LearnerIdentity
{
    public string Id { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public string? Email { get; set; }

    public string? Organisation { get; set; }

    public string? HomeRegionId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DeactivatedAt { get; set; }
}
