namespace TrainingSite.Guidance.Models;

/// <summary>
/// A word of the indexed text (folded: ä → a) with the number of translations that contain it, all of them
/// and the public ones apart: the vocabulary that typo correction, completions while typing and "did you
/// mean" draw from. Visitors who may not read network articles are answered from the public count only, so
/// no word is suggested to them that only network articles contain.
/// </summary>
public class SearchWord
{
    public required string Term { get; set; }

    /// <summary>The word as written in a text, to show in a suggestion.</summary>
    public required string Display { get; set; }

    public int Documents { get; set; }

    /// <summary>How many of <see cref="Documents"/> are public translations.</summary>
    public int PublicDocuments { get; set; }
}
