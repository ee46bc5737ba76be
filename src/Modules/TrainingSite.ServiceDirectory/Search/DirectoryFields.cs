namespace TrainingSite.ServiceDirectory.Search;

/// <summary>
/// How much a word found in each part of a point weighs: a point whose name has the word is more likely the one
/// meant than one that mentions it in its notes. Multiplied by the match's own weight (the word as typed, folded,
/// inflected ...; see <c>QueryPlanner</c>).
/// </summary>
public static class DirectoryFields
{
    public const float Name = 4f;
    public const float Organisation = 3f;
    public const float Kind = 3f;
    public const float Topic = 2f;
    public const float Address = 2f;
    public const float Text = 1f;
}
