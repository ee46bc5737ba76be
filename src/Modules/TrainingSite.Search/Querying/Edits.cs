namespace TrainingSite.Search.Querying;

/// <summary>Spellings one edit (delete, swap, replace, insert) away from a folded word, for typo correction.</summary>
public static class Edits
{
    /// <summary>Typos are corrected only in words this long: in short words one edit makes another word.</summary>
    public const int MinWordLength = 5;

    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz";

    public static IEnumerable<string> OneEditAway(string word)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { word };
        for (var i = 0; i < word.Length; i++)
        {
            if (seen.Add(string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1))))
            {
                yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
            }

            if (i + 1 < word.Length)
            {
                var swapped = word.ToCharArray();
                (swapped[i], swapped[i + 1]) = (swapped[i + 1], swapped[i]);
                var candidate = new string(swapped);
                if (seen.Add(candidate))
                {
                    yield return candidate;
                }
            }

            foreach (var letter in Alphabet)
            {
                var replaced = string.Concat(word.AsSpan(0, i), letter.ToString(), word.AsSpan(i + 1));
                if (seen.Add(replaced))
                {
                    yield return replaced;
                }
            }
        }

        for (var i = 0; i <= word.Length; i++)
        {
            foreach (var letter in Alphabet)
            {
                var inserted = string.Concat(word.AsSpan(0, i), letter.ToString(), word.AsSpan(i));
                if (seen.Add(inserted))
                {
                    yield return inserted;
                }
            }
        }
    }
}
