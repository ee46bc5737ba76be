using System.Collections.Frozen;

namespace TrainingSite.Search.Analysis;

/// <summary>
/// Words too common to say what a text is about, per language, including the question words counsellors
/// type ("miten", "how", "var"). They are not indexed; a query made only of them still searches them.
/// </summary>
public static class Stopwords
{
    private static readonly FrozenSet<string> Finnish = Set(
        "ja", "tai", "sekä", "että", "eli", "on", "ovat", "oli", "olla", "ei", "en", "et", "se", "ne", "hän", "he", "me", "te",
        "minä", "sinä", "mikä", "mitä", "miten", "miksi", "missä", "mistä", "mihin", "milloin", "kuka", "ketkä", "kuinka", "voi",
        "voiko", "pitää", "kun", "jos", "niin", "kuin", "myös", "vain", "jo", "nyt", "sen", "siitä", "siinä", "sitä", "tämä",
        "tässä", "tästä", "tätä", "joka", "jota", "jonka", "mutta", "vai", "ole", "olen", "olet", "onko", "saa", "saako", "ko",
        "kö");

    private static readonly FrozenSet<string> Swedish = Set(
        "och", "eller", "att", "det", "den", "de", "en", "ett", "är", "var", "vad", "hur", "när", "vem", "vilka", "vilken",
        "som", "på", "i", "av", "för", "med", "till", "om", "kan", "man", "jag", "du", "han", "hon", "vi", "ni", "inte", "har",
        "får", "ska", "sig", "sin", "sitt", "så", "också", "från", "vid");

    private static readonly FrozenSet<string> English = Set(
        "a", "an", "and", "or", "the", "of", "to", "in", "on", "for", "with", "at", "by", "from", "is", "are", "was", "be",
        "do", "does", "did", "i", "you", "he", "she", "we", "they", "it", "my", "your", "our", "their", "how", "what", "where",
        "when", "who", "which", "why", "can", "could", "should", "would", "will", "as", "if", "that", "this", "there", "not",
        "get", "about", "into", "me");

    public static bool Contains(string language, string word) => language switch
    {
        "fi" => Finnish.Contains(word),
        "sv" => Swedish.Contains(word),
        "en" => English.Contains(word),
        _ => false,
    };

    /// <summary>A stopword in any of the site's languages: queries are checked against all three.</summary>
    public static bool InAnyLanguage(string word) => Finnish.Contains(word) || Swedish.Contains(word) || English.Contains(word);

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
