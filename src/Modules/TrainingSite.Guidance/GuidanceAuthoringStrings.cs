namespace TrainingSite.Guidance;

/// <summary>
/// Marker for the guidance authoring pages' strings (Resources/GuidanceAuthoringStrings.{fi,sv,en}.resx),
/// kept apart from <see cref="GuidanceStrings"/> so the public pages and the authoring pages each own their set.
/// </summary>
public sealed class GuidanceAuthoringStrings
{
    private GuidanceAuthoringStrings()
    {
    }
}
