namespace TrainingSite.Reports.Services.Learners;

/// <summary>What a learner holds: a valid certificate, only revoked ones, or none.</summary>
public enum CertificateState
{
    None,
    Valid,
    Revoked,
}
