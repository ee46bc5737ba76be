namespace TrainingSite.Certificates.Services;

/// <summary>What came of an administrator's reissue (<see cref="CertificateIssuer.ReissueAsync"/>).</summary>
public enum ReissueOutcome
{
    Reissued,

    /// <summary>No certificate with that id.</summary>
    NotFound,

    /// <summary>The certificate is still valid: revoke it first.</summary>
    NotRevoked,

    /// <summary>The holder already has a valid certificate (issued since, perhaps by completing again).</summary>
    AlreadyValid,

    /// <summary>The holder's account was erased: there is nobody to issue to.</summary>
    HolderGone,
}
