using System.Text;

namespace TrainingSite.Core.Text;

/// <summary>
/// Text that can be normalised and sent on: no unpaired surrogates (they have no UTF-8 form) and no Unicode
/// noncharacters (U+FDD0–U+FDEF, and U+FFFE and U+FFFF in every plane), which .NET's normalisation rejects with
/// an exception. Checked without throwing. (<see cref="IsStorable"/> also refuses NUL, which PostgreSQL cannot
/// keep in text.)
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

    /// <summary>Valid, and without NUL (U+0000): text a database can store.</summary>
    public static bool IsStorable(string? text) => IsValid(text) && text?.Contains('\0', StringComparison.Ordinal) != true;

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
        rune.Value is >= 0xFDD0 and <= 0xFDEF || (rune.Value & 0xFFFE) == 0xFFFE;
}
