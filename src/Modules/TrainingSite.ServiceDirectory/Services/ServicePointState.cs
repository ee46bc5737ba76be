namespace TrainingSite.ServiceDirectory.Services;

/// <summary>Where a service point stands for those who keep it, also the authoring list's state filter.</summary>
public enum ServicePointState
{
    /// <summary>Never published: only the draft exists.</summary>
    Draft,

    /// <summary>Published, with no draft.</summary>
    Published,

    /// <summary>Published, with a draft of unpublished changes.</summary>
    Changed,
}
