namespace TrainingSite.Search.Scoring;

/// <summary>
/// Where a plain text's sentences and clauses begin and end, so a snippet can be cut where a reader pauses. A line
/// (a paragraph, heading or list item of the Markdown) is never crossed: a heading has no full stop to end it.
/// A full stop ends a sentence when a space and no lower-case letter follow, and the word before it is not a
/// common abbreviation ("esim.", "t.ex.", "e.g.") or an initial; clauses end after a comma, semicolon, colon or dash.
/// </summary>
internal static class TextUnits
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "esim", "mm", "ks", "vrt", "ns", "nk", "klo", "puh", "jne", "yms", "tms", "ym",
        "ex", "bl", "dvs", "resp", "kl", "tel", "ca", "jfr", "eg", "ie", "vs", "dr", "mr", "mrs", "ms", "st", "no", "nr",
    };

    private static readonly char[] Terminals = ['.', '!', '?', '…'];

    private static readonly char[] Closers = [')', ']', '}', '"', '\'', '”', '’', '»'];

    private static readonly char[] ClausePunctuation = [',', ';', ':'];

    private static readonly char[] Dashes = ['–', '—'];

    /// <summary>The sentences of the text, in order, each without the spaces around it.</summary>
    public static List<TextUnit> Sentences(string text)
    {
        var units = new List<TextUnit>();
        var line = 0;
        var lineStart = 0;
        for (var index = 0; index <= text.Length; index++)
        {
            if (index == text.Length || text[index] == '\n')
            {
                SplitLine(text, lineStart, index, line++, units);
                lineStart = index + 1;
            }
        }

        return units;
    }

    /// <summary>The clauses of one sentence, in order.</summary>
    public static List<TextUnit> Clauses(string text, TextUnit sentence)
    {
        var clauses = new List<TextUnit>();
        var start = sentence.Start;
        for (var index = sentence.Start; index < sentence.End - 1; index++)
        {
            var character = text[index];
            var endsClause = (Array.IndexOf(ClausePunctuation, character) >= 0 && char.IsWhiteSpace(text[index + 1]))
                || (Array.IndexOf(Dashes, character) >= 0 && index > sentence.Start && char.IsWhiteSpace(text[index - 1]) && char.IsWhiteSpace(text[index + 1]));
            if (endsClause)
            {
                Add(text, start, index + 1, sentence.Line, clauses);
                start = index + 1;
            }
        }

        Add(text, start, sentence.End, sentence.Line, clauses);
        return clauses;
    }

    /// <summary>Whether a unit ends as a sentence does (and not as a heading or a cut clause).</summary>
    public static bool EndsSentence(string text, TextUnit unit)
    {
        var last = unit.End - 1;
        while (last > unit.Start && Array.IndexOf(Closers, text[last]) >= 0)
        {
            last--;
        }

        return Array.IndexOf(Terminals, text[last]) >= 0;
    }

    private static void SplitLine(string text, int start, int end, int line, List<TextUnit> units)
    {
        var sentenceStart = start;
        for (var index = start; index < end; index++)
        {
            if (Array.IndexOf(Terminals, text[index]) < 0)
            {
                continue;
            }

            var after = index + 1;
            while (after < end && Array.IndexOf(Closers, text[after]) >= 0)
            {
                after++;
            }

            if (after >= end || !char.IsWhiteSpace(text[after]) || !StartsSentence(text, after, end) || IsAbbreviation(text, start, index))
            {
                continue;
            }

            Add(text, sentenceStart, after, line, units);
            sentenceStart = after;
            index = after;
        }

        Add(text, sentenceStart, end, line, units);
    }

    /// <summary>What follows the spaces after a full stop: a sentence starts with anything but a lower-case letter.</summary>
    private static bool StartsSentence(string text, int index, int end)
    {
        while (index < end && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index < end && !char.IsLower(text[index]);
    }

    /// <summary>A full stop after a known abbreviation or a single letter (an initial) does not end the sentence.</summary>
    private static bool IsAbbreviation(string text, int lineStart, int stop)
    {
        if (text[stop] != '.')
        {
            return false;
        }

        var wordStart = stop;
        while (wordStart > lineStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..stop].Replace(".", string.Empty, StringComparison.Ordinal);
        return word.Length == 1 || Abbreviations.Contains(word);
    }

    /// <summary>Adds the stretch without the spaces around it, if anything is left.</summary>
    private static void Add(string text, int start, int end, int line, List<TextUnit> units)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            units.Add(new TextUnit(start, end, line));
        }
    }
}

/// <summary>A sentence or clause: from where to where in the text, and on which line.</summary>
internal readonly record struct TextUnit(int Start, int End, int Line)
{
    public int Length => End - Start;
}
