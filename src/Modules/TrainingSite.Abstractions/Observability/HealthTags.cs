namespace TrainingSite.Abstractions.Observability;

/// <summary>Which health endpoint reports a check: <c>/health</c> (status, as it always was) or <c>/health/ready</c>.</summary>
public static class HealthTags
{
    /// <summary>Reported on <c>/health</c>.</summary>
    public const string Status = "status";

    /// <summary>Must be healthy for <c>/health/ready</c> to answer 200.</summary>
    public const string Ready = "ready";
}
