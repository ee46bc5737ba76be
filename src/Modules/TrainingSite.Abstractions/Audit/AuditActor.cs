namespace TrainingSite.Abstractions.Audit;

/// <summary>Who did it: the user's id and the name shown at the time (kept, so the trail reads the same after a rename).</summary>
public sealed record AuditActor(string? UserId, string Name);
