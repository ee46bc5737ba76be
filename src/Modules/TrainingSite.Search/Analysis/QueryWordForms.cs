namespace TrainingSite.Search.Analysis;

/// <summary>
/// What one word of a query may match, from most to least exact: the word, its folded form, its base
/// forms and stems in any of the site's languages, and (for a compound) its parts.
/// </summary>
public sealed record QueryWordForms(string Word, string Folded, IReadOnlyList<string> Lemmas, IReadOnlyList<string> Parts);
