namespace TrainingSite.Search.LuceneAnalysis;

/// <summary>
/// The kinds of form a word is indexed as, each in a field of its own so that a query can weigh them apart:
/// an exact match ranks above a folded one, and both above a base form, a stem or a compound part.
/// </summary>
public enum FormKind
{
    /// <summary>The word as written (lower-cased, NFC): "päivähoitoon".</summary>
    Exact,

    /// <summary>The word as a foreign keyboard types it: "paivahoitoon" (every word, so positions stay whole).</summary>
    Folded,

    /// <summary>Voikko's base forms of a Finnish word, folded: "paivahoito". Nothing for unknown words.</summary>
    BaseForm,

    /// <summary>The Snowball stem, folded: "paivahoito" for fi, "halsovard" for sv "hälsovården".</summary>
    Stem,

    /// <summary>Voikko's compound parts of a Finnish word, folded: "paiva", "hoito".</summary>
    Part,
}
