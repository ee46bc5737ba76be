using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using TrainingSite.Search.Analysis;

namespace TrainingSite.Search.Scoring;

/// <summary>
/// The passage of a text that best shows why it matched: the window of words with the most query matches,
/// as HTML with the matching words in &lt;mark&gt; and everything else encoded.
/// </summary>
public sealed class SnippetBuilder(TextAnalyzer analyzer)
{
    /// <summary>Encodes markup characters only: letters of every script stay readable in the HTML and the JSON.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public const int WindowWords = 28;

    public string Build(string language, string text, IReadOnlySet<string> matchTerms)
    {
        var tokens = WordTokenizer.Tokenize(text).ToList();
        if (tokens.Count == 0)
        {
            return string.Empty;
        }

        var marked = tokens.Select(token => IsMatch(language, token.Word, matchTerms)).ToArray();
        var start = BestWindowStart(marked);
        var end = Math.Min(tokens.Count, start + WindowWords);
        var html = new StringBuilder();
        if (start > 0)
        {
            html.Append("… ");
        }

        var position = tokens[start].Start;
        for (var index = start; index < end; index++)
        {
            var token = tokens[index];
            html.Append(Encoder.Encode(Flatten(text[position..token.Start])));
            var word = Encoder.Encode(text.Substring(token.Start, token.Length));
            html.Append(marked[index] ? $"<mark>{word}</mark>" : word);
            position = token.Start + token.Length;
        }

        if (end < tokens.Count)
        {
            html.Append(" …");
        }

        return html.ToString();
    }

    private bool IsMatch(string language, string word, IReadOnlySet<string> matchTerms) =>
        analyzer.TermsOfWord(language, word).Any(matchTerms.Contains);

    private static int BestWindowStart(bool[] marked)
    {
        var best = 0;
        var bestCount = -1;
        var count = 0;
        for (var index = 0; index < marked.Length; index++)
        {
            count += marked[index] ? 1 : 0;
            if (index >= WindowWords)
            {
                count -= marked[index - WindowWords] ? 1 : 0;
            }

            var start = Math.Max(0, index - WindowWords + 1);
            if (count > bestCount)
            {
                bestCount = count;
                best = start;
            }
        }

        // Start a little before the first match, so the passage reads from a natural point.
        var first = Array.FindIndex(marked, best, m => m);
        return first < 0 ? best : Math.Max(0, Math.Min(best, first - 3));
    }

    /// <summary>Markdown's line breaks and list marks are not wanted in a one-line passage.</summary>
    private static string Flatten(string between) =>
        between.Contains('\n', StringComparison.Ordinal) ? " " : between;
}
