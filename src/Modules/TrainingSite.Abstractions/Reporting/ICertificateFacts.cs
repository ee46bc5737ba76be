namespace TrainingSite.Abstractions.Reporting;

/// <summary>Offered by the certificates module to reports: every certificate, composable in SQL (see <see cref="ILearningFacts"/>).</summary>
public interface ICertificateFacts
{
    IQueryable<CertificateFact> Certificates();
}
