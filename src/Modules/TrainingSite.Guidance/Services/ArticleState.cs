namespace TrainingSite.Guidance.Services;

/// <summary>Where an article stands for its authors, also the authoring list's state filter.</summary>
public enum ArticleState
{
    /// <summary>Never published: only the draft exists.</summary>
    Draft,

    /// <summary>Published, with no draft.</summary>
    Published,

    /// <summary>Published, with a draft of unpublished changes.</summary>
    Changed,
}
