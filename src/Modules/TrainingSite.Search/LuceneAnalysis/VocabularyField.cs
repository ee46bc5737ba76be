namespace TrainingSite.Search.LuceneAnalysis;

/// <summary>
/// The vocabulary behind typo correction, completion and "did you mean": every content word of a text once,
/// as "folded␟as written" (<see cref="Separator"/>), so a folded lookup finds the spelling to show. One field
/// per audience, each text's words in its own: a visitor is answered from <see cref="Public"/> alone, so no
/// word found only in network articles reaches them, in a suggestion or a count; a network member from both.
/// </summary>
public static class VocabularyField
{
    public const string Public = "words_public";
    public const string Network = "words_network";

    /// <summary>The unit separator: never part of a word (<see cref="Analysis.WordTokenizer"/> keeps letters and digits).</summary>
    public const char Separator = '\u001F';

    public static bool Is(string name) => name is Public or Network;

    /// <summary>The field a text of the audience puts its words in.</summary>
    public static string Of(string audience) => audience == "public" ? Public : Network;

    /// <summary>The fields a reader of these audiences may see words of.</summary>
    public static IReadOnlyList<string> Readable(bool publicOnly) => publicOnly ? [Public] : [Public, Network];

    public static string Term(string folded, string written) => folded + Separator + written;

    /// <summary>The (folded, written) halves of a vocabulary term.</summary>
    public static (string Folded, string Written) Split(string term)
    {
        var at = term.IndexOf(Separator, StringComparison.Ordinal);
        return at < 0 ? (term, term) : (term[..at], term[(at + 1)..]);
    }
}
