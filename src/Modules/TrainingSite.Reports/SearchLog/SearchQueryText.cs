using System.Globalization;
using System.Text;

namespace TrainingSite.Reports.SearchLog;

/// <summary>
/// A query as the log keeps it, so the same search typed differently counts once: trimmed, lower-cased (invariant
/// culture), every run of whitespace (including control characters) one space, at most <see cref="MaxLength"/> characters.
/// </summary>
public static class SearchQueryText
{
    public const int MaxLength = Models.LoggedSearch.QueryMaxLength;

    public static string Normalise(string? query)
    {
        var text = new StringBuilder(Math.Min(query?.Length ?? 0, MaxLength));
        var pendingSpace = false;
        foreach (var character in query ?? string.Empty)
        {
            if (char.IsWhiteSpace(character) || char.IsControl(character))
            {
                pendingSpace = text.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                text.Append(' ');
                pendingSpace = false;
            }

            text.Append(char.ToLower(character, CultureInfo.InvariantCulture));
            if (text.Length >= MaxLength)
            {
                break;
            }
        }

        // Never end on half of a surrogate pair (an emoji cut at the limit) or on a space.
        var length = Math.Min(text.Length, MaxLength);
        if (length > 0 && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        return text.ToString(0, length).TrimEnd();
    }
}
