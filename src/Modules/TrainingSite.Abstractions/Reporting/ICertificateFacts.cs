namespace TrainingSite.Abstractions.Reporting;

/// <summary>Offered by the certificates module to reports: every certificate, composable in SQL (see <see cref="ILearningFacts"/>).</summary>
public interface ICertificateFacts
{
    IQueryable<CertificateFact> Certificates();

    /// <summary>
    /// Changes whenever a certificate (issued or revoked) is added, removed or given a newer time: counts and latest times in one cheap
    /// query. Read it before the facts, so a cache keyed by it can hold older data than its key says, never newer.
    /// </summary>
    Task<string> ChangeStampAsync(CancellationToken cancellationToken);
}
