using System.Text;

namespace TrainingSite.Search.Analysis;

/// <summary>
/// Reads Voikko's WORDBASES attribute into the words a compound is made of. The attribute lists morphemes as
/// <c>+surface(base)</c>: <c>+asumis(asua)+tuki(tuki)</c>. A base that starts with '+' is a derivational
/// suffix (<c>+hoi(hoitaa)+to(+to)</c>) and belongs to the word before it, which then keeps its surface
/// form ("hoito", not "hoitaa"); '=' marks a boundary inside a lexicalised word (<c>toimeen=tulo</c>).
/// </summary>
public static class VoikkoWordBases
{
    /// <summary>The parts of a compound (two or more); nothing for a simple word.</summary>
    public static IReadOnlyList<string> Parts(string? wordBases)
    {
        if (string.IsNullOrEmpty(wordBases))
        {
            return [];
        }

        var parts = new List<string>();
        var surface = new StringBuilder();
        string? lemma = null;
        var derived = false;
        foreach (var (morphemeSurface, morphemeBase) in Morphemes(wordBases))
        {
            if (morphemeBase is not null && morphemeBase.StartsWith('+') && surface.Length > 0)
            {
                surface.Append(morphemeSurface);
                derived = true;
                continue;
            }

            Flush();
            surface.Append(morphemeSurface);
            lemma = morphemeBase;
        }

        Flush();
        return parts.Count >= 2 ? parts : [];

        void Flush()
        {
            if (surface.Length > 0)
            {
                parts.Add((derived || string.IsNullOrEmpty(lemma) ? surface.ToString() : lemma).Replace("=", string.Empty, StringComparison.Ordinal));
            }

            surface.Clear();
            lemma = null;
            derived = false;
        }
    }

    /// <summary>Splits at the '+' signs outside parentheses: the one inside "(+to)" marks a suffix.</summary>
    private static IEnumerable<(string Surface, string? Base)> Morphemes(string wordBases)
    {
        var start = 0;
        var depth = 0;
        for (var index = 0; index <= wordBases.Length; index++)
        {
            var atEnd = index == wordBases.Length;
            if (!atEnd && wordBases[index] == '(')
            {
                depth++;
            }
            else if (!atEnd && wordBases[index] == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (atEnd || (wordBases[index] == '+' && depth == 0))
            {
                if (index > start)
                {
                    yield return Morpheme(wordBases[start..index]);
                }

                start = index + 1;
            }
        }
    }

    private static (string Surface, string? Base) Morpheme(string morpheme)
    {
        var open = morpheme.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return (morpheme, null);
        }

        var close = morpheme.LastIndexOf(')');
        var lemma = close > open ? morpheme[(open + 1)..close] : morpheme[(open + 1)..];
        return (morpheme[..open], lemma.Length == 0 ? null : lemma);
    }
}
