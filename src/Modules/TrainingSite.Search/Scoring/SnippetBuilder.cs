using System.Text;

namespace TrainingSite.Search.Scoring;

/// <summary>
/// The passage of a text that best shows why it matched, as a reader would quote it: of the sentences with a match,
/// a whole one (ending as a sentence does, not a heading or a line of links) with the most of the query's words
/// (then the most matches, then the earliest), with the sentences after it (and then
/// before it) in the same paragraph while they fit in <see cref="MaxLength"/>. A sentence too long for that is
/// cut at its clauses (commas, semicolons, colons, dashes) and only one clause too long at spaces, never inside a
/// word. Brackets stay in pairs (<see cref="BracketBalance"/>), punctuation is kept, line breaks become spaces,
/// and "…" stands where text is left out. The matched words are found with the index's own analysis
/// (<see cref="QueryMatches"/>); without matches the passage is the text's beginning.
/// </summary>
public sealed class SnippetBuilder(QueryMatches queryMatches)
{
    /// <summary>The most characters a passage takes from the text (about two sentences, or 35 words).</summary>
    public const int MaxLength = 240;

    public const char Ellipsis = '…';

    public Snippet Build(string language, string text, IReadOnlySet<string> highlightTerms)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Snippet.Empty;
        }

        var matches = queryMatches.Find(language, text, highlightTerms);
        var (start, end) = Passage(text, matches);
        var (balancedStart, balancedEnd, leftOut) = BracketBalance.Balance(text, start, end, matches);
        return Compose(text, balancedStart, balancedEnd, leftOut, matches);
    }

    private static (int Start, int End) Passage(string text, IReadOnlyList<TextRange> matches)
    {
        var sentences = TextUnits.Sentences(text);
        if (sentences.Count == 0)
        {
            return (0, 0);
        }

        var best = Best(text, sentences, matches, preferSentences: true);
        var sentence = sentences[best];
        if (sentence.Length > MaxLength)
        {
            var clauses = TextUnits.Clauses(text, sentence);
            var clause = Best(text, clauses, matches, preferSentences: false);
            return clauses[clause].Length > MaxLength ? Words(text, clauses[clause], matches) : Around(clauses, clause);
        }

        return Around(sentences, best);
    }

    /// <summary>
    /// The unit with a match, then (if asked) a whole sentence, then the most different matched words, then the most
    /// matches, then the first: prose says more about an article than its headings and lists of links.
    /// </summary>
    private static int Best(string text, List<TextUnit> units, IReadOnlyList<TextRange> matches, bool preferSentences)
    {
        var best = 0;
        var bestScore = (Matched: false, Sentence: false, Words: -1, Matches: -1);
        for (var index = 0; index < units.Count; index++)
        {
            var unit = units[index];
            var inside = matches.Where(m => m.Start >= unit.Start && m.End <= unit.End).ToList();
            var score = (
                Matched: inside.Count > 0,
                Sentence: preferSentences && TextUnits.EndsSentence(text, unit),
                Words: inside.Select(m => text.Substring(m.Start, m.Length).ToLowerInvariant()).Distinct(StringComparer.Ordinal).Count(),
                Matches: inside.Count);
            if (score.CompareTo(bestScore) > 0)
            {
                (best, bestScore) = (index, score);
            }
        }

        return best;
    }

    /// <summary>The unit with its neighbours on the same line, those after it first, while they fit.</summary>
    private static (int Start, int End) Around(List<TextUnit> units, int index)
    {
        var (start, end) = (units[index].Start, units[index].End);
        for (var next = index + 1; next < units.Count && units[next].Line == units[index].Line && units[next].End - start <= MaxLength; next++)
        {
            end = units[next].End;
        }

        for (var previous = index - 1; previous >= 0 && units[previous].Line == units[index].Line && end - units[previous].Start <= MaxLength; previous--)
        {
            start = units[previous].Start;
        }

        return (start, end);
    }

    /// <summary>A clause longer than a passage: the words around its first match, cut at spaces.</summary>
    private static (int Start, int End) Words(string text, TextUnit clause, IReadOnlyList<TextRange> matches)
    {
        var first = matches.FirstOrDefault(m => m.Start >= clause.Start && m.End <= clause.End, new TextRange(clause.Start, 0));
        var start = Math.Max(clause.Start, first.Start - (MaxLength / 4));
        if (start > clause.Start)
        {
            var space = text.LastIndexOf(' ', start - 1, start - clause.Start);
            start = space < 0 ? clause.Start : space + 1;
        }

        var end = Math.Min(clause.End, start + MaxLength);
        if (end < clause.End)
        {
            var space = text.LastIndexOf(' ', end - 1, end - start);
            end = space <= start ? end : space;
        }

        return (start, end);
    }

    /// <summary>The passage as one line of text, "…" where text is left out, with the matches inside it as ranges of that line.</summary>
    private static Snippet Compose(string text, int start, int end, IReadOnlySet<int> leftOut, IReadOnlyList<TextRange> matches)
    {
        var passage = new StringBuilder(end - start + 4);
        if (!string.IsNullOrWhiteSpace(text[..start]))
        {
            passage.Append(Ellipsis).Append(' ');
        }

        var at = new int[Math.Max(0, end - start)];
        for (var index = start; index < end; index++)
        {
            at[index - start] = passage.Length;
            if (leftOut.Contains(index))
            {
                continue;
            }

            if (char.IsWhiteSpace(text[index]))
            {
                if (passage.Length > 0 && passage[^1] != ' ')
                {
                    passage.Append(' ');
                }

                continue;
            }

            passage.Append(text[index]);
        }

        while (passage.Length > 0 && passage[^1] == ' ')
        {
            passage.Length--;
        }

        var highlights = matches
            .Where(m => m.Start >= start && m.End <= end && m.Length > 0)
            .Select(m => new TextRange(at[m.Start - start], at[m.End - 1 - start] + 1 - at[m.Start - start]))
            .Where(h => h.Length > 0 && h.End <= passage.Length)
            .ToList();
        if (!string.IsNullOrWhiteSpace(text[end..]) && passage.Length > 0)
        {
            passage.Append(' ').Append(Ellipsis);
        }

        return new Snippet(passage.ToString(), highlights);
    }
}
