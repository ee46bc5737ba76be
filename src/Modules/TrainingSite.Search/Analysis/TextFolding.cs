using System.Globalization;
using System.Text;

namespace TrainingSite.Search.Analysis;

/// <summary>
/// Folds letters to what a foreign keyboard types: ä → a, ö → o, å → a, é → e, ø → o. Folding merges
/// different words (sää/saa, här/har), so folded forms are indexed beside the exact ones and weigh less.
/// </summary>
public static class TextFolding
{
    public static string Fold(string word)
    {
        if (IsAscii(word))
        {
            return word;
        }

        var decomposed = word.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(character))
            {
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.EnclosingMark:
                    continue;
                default:
                    builder.Append(Special(character));
                    break;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    public static bool IsAscii(string word)
    {
        foreach (var character in word)
        {
            if (character > 127)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Letters that do not decompose into a base letter and a mark.</summary>
    private static string Special(char character) => character switch
    {
        'ø' => "o",
        'Ø' => "O",
        'Æ' => "AE",
        'æ' => "ae",
        'œ' => "oe",
        'ß' => "ss",
        'đ' => "d",
        'ł' => "l",
        'ı' => "i",
        _ => character.ToString(),
    };
}
