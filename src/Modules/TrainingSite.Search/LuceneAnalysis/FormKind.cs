namespace TrainingSite.Search.LuceneAnalysis;

/// <summary>
/// The kinds of form a word is indexed as, each in a field of its own so that a query can weigh them apart:
/// an exact match ranks above a folded one, and both above a base form or stem, and those above a compound part.
/// </summary>
public enum FormKind
{
    /// <summary>The word as written (lower-cased, NFC): "päivähoitoon".</summary>
    Exact,

    /// <summary>
    /// The word as a foreign keyboard types it, where that differs: "paivahoitoon" for "päivähoitoon", nothing for
    /// "kela" (the exact field has it already; a folded query looks in both).
    /// </summary>
    Folded,

    /// <summary>
    /// Voikko's base forms of a Finnish word and the Snowball stem, folded: "paivahoito" for fi "päivähoidon",
    /// "halsovard" for sv "hälsovården". One field for both, as both say "the same word, inflected" and weigh the same.
    /// </summary>
    Lemma,

    /// <summary>Voikko's compound parts of a Finnish word, folded: "paiva", "hoito".</summary>
    Part,
}
