using System.Globalization;
using System.Text;

namespace TrainingSite.Search.Analysis;

/// <summary>
/// Splits text into words: runs of letters and digits (any script), lower-cased and NFC-normalised.
/// Everything else separates words, so no character a user types can reach an engine's query syntax:
/// the index and the query are made only of these words.
/// </summary>
public static class WordTokenizer
{
    /// <summary>Longer runs are not words (hashes, pasted data); they are cut so the index stays small.</summary>
    public const int MaxWordLength = 40;

    public static IEnumerable<WordToken> Tokenize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var index = 0;
        while (index < text.Length)
        {
            while (index < text.Length && !IsWordCharacter(text, index))
            {
                index++;
            }

            var start = index;
            while (index < text.Length && IsWordCharacter(text, index))
            {
                index += char.IsSurrogatePair(text, index) ? 2 : 1;
            }

            if (index > start)
            {
                var word = Normalize(text.AsSpan(start, Math.Min(index - start, MaxWordLength)));
                if (word.Length > 0)
                {
                    yield return new WordToken(word, start, index - start);
                }
            }
        }
    }

    public static IEnumerable<string> Words(string? text) => Tokenize(text).Select(token => token.Word);

    private static bool IsWordCharacter(string text, int index)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(text, index);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static string Normalize(ReadOnlySpan<char> word)
    {
        var text = word.ToString();
        if (!text.IsNormalized(NormalizationForm.FormC))
        {
            text = text.Normalize(NormalizationForm.FormC);
        }

        return text.ToLowerInvariant();
    }
}
