using System.Diagnostics.Metrics;

namespace TrainingSite.Abstractions.Observability;

/// <summary>
/// The site's own metrics: one meter, <see cref="MeterName"/>, with a counter per event that matters to the people
/// running a training day. Modules record an event with one call where it is committed. Exported over OTLP and
/// on <c>/metrics</c> (Prometheus) when those are turned on; without a listener a call costs next to nothing.
/// </summary>
public sealed class SiteMetrics
{
    public const string MeterName = "TrainingSite";

    private readonly Counter<long> _answersSaved;
    private readonly Counter<long> _attemptsGraded;
    private readonly Counter<long> _certificatesIssued;
    private readonly Counter<long> _certificatesRevoked;
    private readonly Counter<long> _searches;
    private readonly Counter<long> _signInFailures;
    private readonly Counter<long> _signInLockouts;

    public SiteMetrics(IMeterFactory meterFactory, IEnumerable<ISearchIndexLag> searchIndexLag)
    {
        var meter = meterFactory.Create(MeterName);
        _answersSaved = meter.CreateCounter<long>("trainingsite.quiz.answers.saved", "{answer}", "Quiz answers written (a changed answer counts again)");
        _attemptsGraded = meter.CreateCounter<long>("trainingsite.quiz.attempts.graded", "{attempt}", "Quiz attempts submitted and graded; tag outcome = passed or failed");
        _certificatesIssued = meter.CreateCounter<long>("trainingsite.certificates.issued", "{certificate}", "Certificates issued");
        _certificatesRevoked = meter.CreateCounter<long>("trainingsite.certificates.revoked", "{certificate}", "Certificates revoked");
        _searches = meter.CreateCounter<long>("trainingsite.guidance.searches", "{search}", "Guidance searches with words (page and API); tag results = some or none");
        _signInFailures = meter.CreateCounter<long>("trainingsite.signin.failures", "{attempt}", "Sign-ins refused for a wrong password, an unknown or a locked account");
        _signInLockouts = meter.CreateCounter<long>("trainingsite.signin.lockouts", "{attempt}", "Sign-ins refused unchecked because the client failed too often; tag scope = account or client");
        var lag = searchIndexLag.FirstOrDefault();
        if (lag is not null)
        {
            meter.CreateObservableGauge("trainingsite.search.index.lag", () => lag.Read() is { } tasks ? [new Measurement<long>(tasks)] : Array.Empty<Measurement<long>>(),
                "{task}", "Indexing tasks this node's guidance search index has not applied yet");
        }
    }

    public void AnswerSaved() => _answersSaved.Add(1);

    public void AttemptGraded(bool passed) => _attemptsGraded.Add(1, new KeyValuePair<string, object?>("outcome", passed ? "passed" : "failed"));

    public void CertificateIssued() => _certificatesIssued.Add(1);

    public void CertificateRevoked() => _certificatesRevoked.Add(1);

    public void Searched(bool found) => _searches.Add(1, new KeyValuePair<string, object?>("results", found ? "some" : "none"));

    public void SignInFailed() => _signInFailures.Add(1);

    public void SignInLockedOut(bool clientWide) => _signInLockouts.Add(1, new KeyValuePair<string, object?>("scope", clientWide ? "client" : "account"));
}
