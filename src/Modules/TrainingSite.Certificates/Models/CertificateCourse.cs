using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Certificates.Models;

/// <summary>One completed course as printed on a certificate: its title then, its part, and the best quiz score.</summary>
public sealed record CertificateCourse(string CourseId, LocalizedText Title, bool National, int? BestPercent);
