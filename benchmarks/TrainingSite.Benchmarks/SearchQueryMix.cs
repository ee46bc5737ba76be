using System.Globalization;
using System.Text;

namespace TrainingSite.Benchmarks;

/// <summary>
/// Search URLs as counsellors would send them: 1-3 words of the generated text's vocabulary picked with Zipf
/// weights (1/rank, so common words come often and rare ones now and then), some typed without diacritics,
/// some Finnish words inflected, some with a one-letter typo, some narrowed by a topic or region facet.
/// </summary>
public sealed class SearchQueryMix
{
    private static readonly string[] Languages = ["fi", "fi", "fi", "sv", "en"];
    private static readonly string[] FinnishEndings = ["ssa", "sta", "lle", "n", "a", "en", "ksi", "lla"];
    private static readonly string[] Regions = ["helsinki", "espoo", "vantaa", "kokkola", "national"];

    private readonly Dictionary<string, (string[] Words, double[] Cumulative)> _vocabulary = new(StringComparer.Ordinal);
    private readonly string[] _topics;
    private readonly Random _random;

    public SearchQueryMix(MarkovText text, IEnumerable<string> topics, int seed)
    {
        _random = new Random(seed);
        _topics = [.. topics.Distinct(StringComparer.Ordinal)];
        foreach (var language in Languages.Distinct())
        {
            // Words of four letters or more: shorter ones are mostly stopwords the analysis drops.
            var words = text.Vocabulary(language)
                .Select(w => w.Word.Trim('.', ',', ':', ';', '!', '?', '(', ')', '"', '*', '[', ']').ToLower(CultureInfo.GetCultureInfo(language)))
                .Where(w => w.Length >= 4 && w.All(char.IsLetter))
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            var cumulative = new double[words.Length];
            var sum = 0.0;
            for (var rank = 0; rank < words.Length; rank++)
            {
                sum += 1.0 / (rank + 1);
                cumulative[rank] = sum;
            }

            _vocabulary[language] = (words, cumulative);
        }
    }

    /// <summary>A path and query string for GET /api/guidance/search.</summary>
    public string Next()
    {
        var language = Languages[_random.Next(Languages.Length)];
        var words = Enumerable.Range(0, WordCount()).Select(_ => Vary(Word(language), language));
        var url = new StringBuilder("/api/guidance/search?q=").Append(Uri.EscapeDataString(string.Join(' ', words))).Append("&lang=").Append(language);
        switch (_random.Next(10))
        {
            case 0:
                url.Append("&topic=").Append(_topics[_random.Next(_topics.Length)]);
                break;
            case 1:
                url.Append("&region=").Append(Regions[_random.Next(Regions.Length)]);
                break;
        }

        return url.ToString();
    }

    private int WordCount() => _random.Next(10) switch { < 5 => 1, < 8 => 2, _ => 3 };

    private string Word(string language)
    {
        var (words, cumulative) = _vocabulary[language];
        var index = Array.BinarySearch(cumulative, _random.NextDouble() * cumulative[^1]);
        return words[Math.Min(words.Length - 1, index < 0 ? ~index : index)];
    }

    private string Vary(string word, string language)
    {
        var roll = _random.Next(100);
        if (roll < 15 && language == "fi")
        {
            return word + FinnishEndings[_random.Next(FinnishEndings.Length)];
        }

        if (roll < 25)
        {
            return Fold(word);
        }

        if (roll < 33 && word.Length >= 5)
        {
            var at = _random.Next(1, word.Length);
            return word.Remove(at, 1).Insert(at, ((char)('a' + _random.Next(26))).ToString());
        }

        return word;
    }

    private static string Fold(string word) =>
        word.Replace('ä', 'a').Replace('ö', 'o').Replace('å', 'a');
}
