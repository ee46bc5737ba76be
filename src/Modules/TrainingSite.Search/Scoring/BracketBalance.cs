namespace TrainingSite.Search.Scoring;

/// <summary>
/// Keeps a passage's brackets in pairs. A bracket whose partner lies just outside the passage pulls the passage
/// out to it (a short aside is kept whole); one whose partner is far away cuts the passage before it, where that
/// keeps the passage's matches; a bracket that is still alone (or has no partner in the text at all) is left out.
/// Brackets pair within a line, as the text's lines are paragraphs.
/// </summary>
internal static class BracketBalance
{
    /// <summary>How far a passage may grow to take in a bracket's partner.</summary>
    public const int Slack = 60;

    private const string Openers = "([{";
    private const string Closers = ")]}";

    /// <summary>The passage with its brackets in pairs, and the positions of brackets to leave out.</summary>
    public static (int Start, int End, IReadOnlySet<int> LeftOut) Balance(string text, int start, int end, IReadOnlyList<TextRange> matches)
    {
        var partners = Partners(text, start, end);
        for (var round = 0; round < 4; round++)
        {
            var (lonelyOpeners, lonelyClosers) = Lonely(text, start, end, partners);
            var grown = false;
            foreach (var opener in lonelyOpeners)
            {
                if (partners.TryGetValue(opener, out var partner) && partner >= end && partner + 1 - end <= Slack)
                {
                    (end, grown) = (partner + 1, true);
                }
            }

            foreach (var closer in lonelyClosers)
            {
                if (partners.TryGetValue(closer, out var partner) && partner < start && start - partner <= Slack)
                {
                    (start, grown) = (partner, true);
                }
            }

            if (!grown)
            {
                break;
            }
        }

        var (openers, _) = Lonely(text, start, end, partners);
        if (openers.Count > 0 && TrimEnd(text, start, openers[0]) is var cutEnd && cutEnd > start && KeepsMatches(matches, start, end, start, cutEnd))
        {
            end = cutEnd;
        }

        var (_, closers) = Lonely(text, start, end, partners);
        if (closers.Count > 0 && TrimStart(text, closers[^1] + 1, end) is var cutStart && cutStart < end && KeepsMatches(matches, start, end, cutStart, end))
        {
            start = cutStart;
        }

        var (leftOpeners, leftClosers) = Lonely(text, start, end, partners);
        return (start, end, leftOpeners.Concat(leftClosers).ToHashSet());
    }

    /// <summary>Each bracket of the lines the passage touches with its partner; a bracket without one is absent.</summary>
    private static Dictionary<int, int> Partners(string text, int start, int end)
    {
        var lineStart = start > 0 ? text.LastIndexOf('\n', start - 1) + 1 : 0;
        var lineEnd = end < text.Length ? text.IndexOf('\n', end) : -1;
        lineEnd = lineEnd < 0 ? text.Length : lineEnd;
        var partners = new Dictionary<int, int>();
        var open = new Stack<int>();
        for (var index = lineStart; index < lineEnd; index++)
        {
            var character = text[index];
            if (character == '\n')
            {
                open.Clear();
            }
            else if (Openers.Contains(character, StringComparison.Ordinal))
            {
                open.Push(index);
            }
            else if (Closers.IndexOf(character, StringComparison.Ordinal) is var kind and >= 0
                && open.TryPeek(out var opener) && text[opener] == Openers[kind])
            {
                open.Pop();
                (partners[opener], partners[index]) = (index, opener);
            }
        }

        return partners;
    }

    /// <summary>The brackets in the passage whose partner is not in it: openers and closers, in order.</summary>
    private static (List<int> Openers, List<int> Closers) Lonely(string text, int start, int end, Dictionary<int, int> partners)
    {
        var (openers, closers) = (new List<int>(), new List<int>());
        for (var index = start; index < end; index++)
        {
            var isOpener = Openers.Contains(text[index], StringComparison.Ordinal);
            if ((isOpener || Closers.Contains(text[index], StringComparison.Ordinal))
                && (!partners.TryGetValue(index, out var partner) || partner < start || partner >= end))
            {
                (isOpener ? openers : closers).Add(index);
            }
        }

        return (openers, closers);
    }

    /// <summary>A cut keeps the passage's matches if it had none or keeps at least one.</summary>
    private static bool KeepsMatches(IReadOnlyList<TextRange> matches, int start, int end, int cutStart, int cutEnd) =>
        !matches.Any(m => m.Start >= start && m.End <= end) || matches.Any(m => m.Start >= cutStart && m.End <= cutEnd);

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';' or ':' or '–' or '—' or '-'))
        {
            end--;
        }

        return end;
    }

    private static int TrimStart(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ';' or ':' or '.'))
        {
            start++;
        }

        return start;
    }
}
