using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using TrainingSite.Abstractions.Content;

namespace TrainingSite.Core.Content;

/// <summary>
/// Finds glossary terms in text: whole words, case-insensitive, in the text's language. One regular expression
/// per culture (every form, longest first, so "työmarkkinatuki" wins over a shorter form at the same place) is
/// compiled on first use and kept for the life of the index. <see cref="Stamp"/> is a hash of the content, so
/// every node computes the same one and a cache keyed by it changes exactly when the glossary does.
/// </summary>
public sealed class GlossaryIndex
{
    public const string GlossaryPath = "/glossary";

    // A word ends where no letter or digit follows; a hyphen joins words ("Kela-kortti" is not "Kela").
    private const string Before = @"(?<![\p{L}\p{N}_]-?)";
    private const string After = @"(?!-?[\p{L}\p{N}_])";

    private readonly IReadOnlyList<GlossaryEntry> _entries;
    private readonly ConcurrentDictionary<string, Lazy<Matcher?>> _matchers = new(StringComparer.Ordinal);

    public GlossaryIndex(IEnumerable<GlossaryEntry> entries)
    {
        _entries = [.. entries];
        Stamp = ComputeStamp(_entries);
    }

    public static GlossaryIndex Empty { get; } = new([]);

    public bool IsEmpty => _entries.Count == 0;

    /// <summary>Changes when, and only when, a term or a form changes.</summary>
    public string Stamp { get; }

    public static string Href(string id) => $"{GlossaryPath}#term-{id}";

    /// <summary>Every whole-word occurrence of a term's form in <paramref name="text"/>, in order, not overlapping.</summary>
    public IEnumerable<GlossaryMatch> Find(string text, string culture)
    {
        if (string.IsNullOrEmpty(text) || _matchers.GetOrAdd(culture, c => new Lazy<Matcher?>(() => Build(c))).Value is not { } matcher)
        {
            yield break;
        }

        for (var match = matcher.Pattern.Match(text); match.Success; match = match.NextMatch())
        {
            if (matcher.Ids.TryGetValue(match.Value, out var id))
            {
                yield return new GlossaryMatch(id, match.Index, match.Length);
            }
        }
    }

    private Matcher? Build(string culture)
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in _entries)
        {
            if (!entry.Forms.TryGetValue(culture, out var forms))
            {
                continue;
            }

            foreach (var form in forms.Select(f => f.Trim()).Where(f => f.Length > 0))
            {
                // The first term to claim a form keeps it; a form shared by two terms cannot link to both.
                ids.TryAdd(form, entry.Id);
            }
        }

        if (ids.Count == 0)
        {
            return null;
        }

        var alternatives = ids.Keys.OrderByDescending(f => f.Length).ThenBy(f => f, StringComparer.Ordinal).Select(Regex.Escape);
        var pattern = new Regex(
            $"{Before}(?:{string.Join('|', alternatives)}){After}",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled,
            TimeSpan.FromSeconds(2));
        return new Matcher(pattern, ids);
    }

    private static string ComputeStamp(IReadOnlyList<GlossaryEntry> entries)
    {
        var text = new StringBuilder();
        foreach (var entry in entries.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            text.Append(entry.Id).Append('\u0001');
            foreach (var (culture, forms) in entry.Forms.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                text.Append(culture).Append('\u0002').AppendJoin('\u0003', forms).Append('\u0002');
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    private sealed record Matcher(Regex Pattern, Dictionary<string, string> Ids);
}

/// <summary>A term found in a text: which one, where, how long.</summary>
public readonly record struct GlossaryMatch(string TermId, int Index, int Length);
