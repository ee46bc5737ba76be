namespace TrainingSite.Reports.Dashboard;

/// <summary>
/// Certificates of the selected learners in the period: issued (including any revoked since), revoked, and the median
/// days from registration to a certificate that is still valid, over the <see cref="MedianOf"/> learners who got one.
/// </summary>
public sealed record CertificateFigures(int Issued, int Revoked, double? MedianDays, int MedianOf);
