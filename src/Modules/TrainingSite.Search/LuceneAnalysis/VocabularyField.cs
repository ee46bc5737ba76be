namespace TrainingSite.Search.LuceneAnalysis;

/// <summary>
/// The vocabulary behind typo correction, completion and "did you mean": every content word of a text once,
/// as "folded␟as written" (<see cref="Separator"/>), so a folded lookup finds the spelling to show. Two
/// fields, for the two audiences: a visitor is answered from the words of public articles only, so no word
/// found only in network articles reaches them, in a suggestion or a count.
/// </summary>
public static class VocabularyField
{
    public const string All = "words_all";
    public const string Public = "words_public";

    /// <summary>The unit separator: never part of a word (<see cref="Analysis.WordTokenizer"/> keeps letters and digits).</summary>
    public const char Separator = '\u001F';

    public static bool Is(string name) => name is All or Public;

    public static string Term(string folded, string written) => folded + Separator + written;

    /// <summary>The (folded, written) halves of a vocabulary term.</summary>
    public static (string Folded, string Written) Split(string term)
    {
        var at = term.IndexOf(Separator, StringComparison.Ordinal);
        return at < 0 ? (term, term) : (term[..at], term[(at + 1)..]);
    }
}
