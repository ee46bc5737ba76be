using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Certificates.Models;

/// <summary>
/// A completion certificate, issued once per learner and programme. Everything printed on it is kept as it was
/// at issue (the holder's name, the region's name, the courses and their titles), so a later rename changes
/// neither the PDF nor what the verification page says.
/// </summary>
public class Certificate
{
    public const int HolderNameMaxLength = 100;
    public const int ReasonMaxLength = 500;

    public int Id { get; set; }

    public required string UserId { get; set; }

    /// <summary>Which programme the certificate is for (<see cref="CertificateProgrammes"/>); one certificate per learner and programme.</summary>
    public required string Programme { get; set; }

    /// <summary>The verification code in canonical form: 16 Crockford base32 characters (80 random bits), without dashes.</summary>
    public required string Code { get; set; }

    public required string HolderName { get; set; }

    public string? RegionId { get; set; }

    public LocalizedText RegionName { get; set; } = LocalizedText.Empty;

    public LocalizedText Issuer { get; set; } = LocalizedText.Empty;

    public DateTimeOffset CompletedAt { get; set; }

    public List<CertificateCourse> Courses { get; set; } = [];

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevocationReason { get; set; }

    /// <summary>Who revoked it (display name and e-mail at the time), for the record.</summary>
    public string? RevokedBy { get; set; }

    public bool IsRevoked => RevokedAt is not null;
}
