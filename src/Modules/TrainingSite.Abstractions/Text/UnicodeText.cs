using System.Text;

namespace TrainingSite.Abstractions.Text;

/// <summary>
/// Text that can be stored, normalised and sent on: no unpaired surrogates (they have no UTF-8 form), no
/// Unicode noncharacters (U+FDD0–U+FDEF, and U+FFFE and U+FFFF in every plane), which .NET's normalisation
/// rejects with an exception, and no NUL (U+0000), which PostgreSQL cannot store in text. Checked without throwing.
/// </summary>
public static class UnicodeText
{
    public static bool IsValid(string? text)
    {
        if (text is null)
        {
            return true;
        }

        var span = text.AsSpan();
        while (!span.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(span, out var rune, out var used) != System.Buffers.OperationStatus.Done || IsNoncharacter(rune))
            {
                return false;
            }

            span = span[used..];
        }

        return true;
    }

    /// <summary>The text without the code units <see cref="IsValid"/> refuses.</summary>
    public static string Clean(string text)
    {
        if (IsValid(text))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        var span = text.AsSpan();
        while (!span.IsEmpty)
        {
            var status = Rune.DecodeFromUtf16(span, out var rune, out var used);
            if (status == System.Buffers.OperationStatus.Done && !IsNoncharacter(rune))
            {
                clean.Append(span[..used]);
            }

            span = span[Math.Max(used, 1)..];
        }

        return clean.ToString();
    }

    private static bool IsNoncharacter(Rune rune) =>
        rune.Value == 0 || rune.Value is >= 0xFDD0 and <= 0xFDEF || (rune.Value & 0xFFFE) == 0xFFFE;
}
