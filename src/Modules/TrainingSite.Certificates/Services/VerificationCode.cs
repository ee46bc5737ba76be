using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace TrainingSite.Certificates.Services;

/// <summary>
/// Verification codes: 80 random bits written as 16 Crockford base32 characters in groups of four
/// (<c>7KQ2-9WXM-4HJD-E3PA</c>). Crockford's alphabet leaves out I, L, O and U, so a code read aloud or typed
/// from paper survives the usual confusions: reading is tolerant of case, spaces and dashes, and takes I and L
/// as 1 and O as 0. Stored and compared in the canonical form, without dashes.
/// </summary>
public static class VerificationCode
{
    public const int Length = 16;
    public const int GroupLength = 4;

    /// <summary>The fewest characters <see cref="TryParsePart"/> reads as part of a code: shorter input matches too many codes by chance.</summary>
    public const int MinimumPartLength = 3;

    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>A new code in canonical form (16 characters, no dashes) from a cryptographic random source.</summary>
    public static string New()
    {
        Span<byte> bytes = stackalloc byte[10];
        RandomNumberGenerator.Fill(bytes);
        Span<char> chars = stackalloc char[Length];
        ulong buffer = 0;
        var bits = 0;
        var index = 0;
        foreach (var value in bytes)
        {
            buffer = (buffer << 8) | value;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                chars[index++] = Alphabet[(int)((buffer >> bits) & 31)];
            }
        }

        return new string(chars);
    }

    /// <summary>The canonical code in groups for people: <c>7KQ2-9WXM-4HJD-E3PA</c>.</summary>
    public static string Format(string canonical) =>
        string.Join('-', Enumerable.Range(0, canonical.Length / GroupLength).Select(i => canonical.Substring(i * GroupLength, GroupLength)));

    /// <summary>
    /// Reads part of a code as a person typed it (<c>zx6z</c>, <c>ZX6Z-9W</c>), read as tolerantly as a whole one; false when it
    /// cannot be part of a code (too short or long, or a character outside the alphabet). The canonical part has no dashes.
    /// </summary>
    public static bool TryParsePart(string? input, [NotNullWhen(true)] out string? canonical)
    {
        canonical = null;
        if (string.IsNullOrWhiteSpace(input) || input.Length > 64)
        {
            return false;
        }

        var chars = new StringBuilder(Length);
        foreach (var raw in input)
        {
            if (raw is '-' or '‐' or '–' || char.IsWhiteSpace(raw))
            {
                continue;
            }

            var c = Canonical(raw);
            if (chars.Length == Length || !Alphabet.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }

            chars.Append(c);
        }

        if (chars.Length < MinimumPartLength)
        {
            return false;
        }

        canonical = chars.ToString();
        return true;
    }

    /// <summary>Reads a code as a person typed it; false when it cannot be one (wrong length or a letter outside the alphabet).</summary>
    public static bool TryParse(string? input, [NotNullWhen(true)] out string? canonical)
    {
        canonical = null;
        if (string.IsNullOrWhiteSpace(input) || input.Length > 64)
        {
            return false;
        }

        Span<char> chars = stackalloc char[Length];
        var count = 0;
        foreach (var raw in input)
        {
            if (raw is '-' or '‐' or '–' || char.IsWhiteSpace(raw))
            {
                continue;
            }

            var c = Canonical(raw);
            if (count == Length || !Alphabet.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }

            chars[count++] = c;
        }

        if (count != Length)
        {
            return false;
        }

        canonical = new string(chars);
        return true;
    }

    /// <summary>One typed character as the alphabet writes it: upper case, with I and L read as 1 and O as 0.</summary>
    private static char Canonical(char typed) => char.ToUpperInvariant(typed) switch
    {
        'I' or 'L' => '1',
        'O' => '0',
        var other => other,
    };
}
