namespace TrainingSite.Core.Authoring;

/// <summary>
/// Marker for the strings every authoring page shares, once for all versioned content (Resources/Authoring/
/// AuthoringStrings.{fi,sv,en}.resx): the version history, draft and publish notices, the editor's common fields and
/// messages. Strings that name a module's own content (a course, an article) stay in that module.
/// </summary>
public sealed class AuthoringStrings
{
    private AuthoringStrings()
    {
    }
}
