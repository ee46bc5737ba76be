namespace TrainingSite.Guidance.Models;

/// <summary>
/// A word of the indexed text (folded: ä → a) with the number of translations that contain it: the
/// vocabulary that typo correction, completions while typing and "did you mean" draw from.
/// </summary>
public class SearchWord
{
    public required string Term { get; set; }

    /// <summary>The word as written in a text, to show in a suggestion.</summary>
    public required string Display { get; set; }

    public int Documents { get; set; }
}
