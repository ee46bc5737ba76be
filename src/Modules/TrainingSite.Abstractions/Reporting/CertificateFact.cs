namespace TrainingSite.Abstractions.Reporting;

/// <summary>One certificate, valid or revoked, as reports read it (composable in SQL like <see cref="LessonProgressFact"/>).</summary>
public sealed class CertificateFact
{
    public int Id { get; set; }

    public string UserId { get; set; } = string.Empty;

    public string Programme { get; set; } = string.Empty;

    /// <summary>The region whose section the certificate covers (null: the national part only).</summary>
    public string? RegionId { get; set; }

    /// <summary>When the package was completed, which is when the certificate was issued.</summary>
    public DateTimeOffset IssuedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
