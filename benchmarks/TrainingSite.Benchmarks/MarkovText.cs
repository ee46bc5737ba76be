using System.Text;

namespace TrainingSite.Benchmarks;

/// <summary>
/// A word-level bigram chain per language learned from the shipped guidance articles: generated titles and
/// bodies use the real vocabulary with its real frequencies (what the index and its vocabulary table see),
/// in plausible word order, without meaning.
/// </summary>
public sealed class MarkovText
{
    private const string Start = "\u0002";

    private readonly Dictionary<string, Dictionary<string, List<string>>> _next = new(StringComparer.Ordinal);

    public MarkovText(IReadOnlyList<ShippedArticle> articles)
    {
        foreach (var article in articles)
        {
            foreach (var (language, body) in article.Body)
            {
                var chain = Chain(language);
                foreach (var sentence in Sentences(article.Title.GetValueOrDefault(language, string.Empty) + ".\n" + body))
                {
                    var previous = Start;
                    foreach (var word in sentence)
                    {
                        Add(chain, previous, word);
                        previous = word;
                    }
                }
            }
        }
    }

    /// <summary>Every word of the training text in <paramref name="language"/>, most frequent first, with its count.</summary>
    public IReadOnlyList<(string Word, int Count)> Vocabulary(string language) =>
        [.. _next[language].Values.SelectMany(v => v).GroupBy(w => w, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count())).OrderByDescending(w => w.Item2).ThenBy(w => w.Key, StringComparer.Ordinal)];

    /// <summary>A title of 4-9 words, capitalised, without final punctuation.</summary>
    public string Title(string language, Random random)
    {
        var words = Walk(language, random, random.Next(4, 10), stopAtEnd: false);
        var text = string.Join(' ', words).TrimEnd('.', ',', ':', ';', '!', '?');
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>A Markdown body of 120-400 words: paragraphs, now and then a heading and a list.</summary>
    public string Body(string language, Random random)
    {
        var wanted = random.Next(120, 401);
        var text = new StringBuilder();
        var written = 0;
        while (written < wanted)
        {
            if (written > 0 && random.Next(3) == 0)
            {
                text.Append("## ").AppendLine(Title(language, random)).AppendLine();
            }

            var paragraph = new List<string>();
            for (var s = random.Next(2, 6); s > 0 && written < wanted; s--)
            {
                var sentence = Walk(language, random, Math.Min(30, wanted - written + 3), stopAtEnd: true);
                paragraph.Add(string.Join(' ', sentence));
                written += sentence.Count;
            }

            text.AppendLine(string.Join(' ', paragraph)).AppendLine();
            if (written < wanted && random.Next(4) == 0)
            {
                for (var item = random.Next(2, 5); item > 0; item--)
                {
                    var line = Walk(language, random, random.Next(3, 9), stopAtEnd: true);
                    text.Append("- ").AppendLine(string.Join(' ', line).TrimEnd('.'));
                    written += line.Count;
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }

    private List<string> Walk(string language, Random random, int maxWords, bool stopAtEnd)
    {
        var chain = _next[language];
        var words = new List<string>(maxWords);
        var previous = Start;
        while (words.Count < maxWords)
        {
            if (!chain.TryGetValue(previous, out var followers))
            {
                // The text ended here: start a new sentence (titles go on, bodies stop).
                if (stopAtEnd && words.Count > 0)
                {
                    break;
                }

                followers = chain[Start];
            }

            var word = followers[random.Next(followers.Count)];
            words.Add(word);
            previous = word;
            if (stopAtEnd && IsSentenceEnd(word) && words.Count >= 3)
            {
                break;
            }
        }

        return words;
    }

    private Dictionary<string, List<string>> Chain(string language)
    {
        if (!_next.TryGetValue(language, out var chain))
        {
            chain = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            _next[language] = chain;
        }

        return chain;
    }

    private static void Add(Dictionary<string, List<string>> chain, string previous, string word)
    {
        if (!chain.TryGetValue(previous, out var followers))
        {
            followers = [];
            chain[previous] = followers;
        }

        followers.Add(word);
    }

    /// <summary>Markdown lines without their markers (headings, list items), split into sentences of words.</summary>
    private static IEnumerable<List<string>> Sentences(string markdown)
    {
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.Trim().TrimStart('#', '-', '*', ' ');
            var sentence = new List<string>();
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                sentence.Add(word);
                if (IsSentenceEnd(word))
                {
                    yield return sentence;
                    sentence = [];
                }
            }

            if (sentence.Count > 0)
            {
                sentence[^1] += ".";
                yield return sentence;
            }
        }
    }

    private static bool IsSentenceEnd(string word) => word.EndsWith('.') || word.EndsWith('?') || word.EndsWith('!');
}
