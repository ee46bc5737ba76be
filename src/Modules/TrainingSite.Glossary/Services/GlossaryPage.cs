using System.Globalization;
using TrainingSite.Glossary.Models;

namespace TrainingSite.Glossary.Services;

/// <summary>
/// What /glossary shows in a language: the terms that match the query (all when there is none) in that
/// language's alphabetical order, grouped by initial letter, each with its names in the other languages and its
/// explanation rendered with links to the other terms it uses (never to itself).
/// </summary>
public sealed class GlossaryPage(GlossaryCache cache)
{
    private static readonly string[] FinnishAlphabet = [.. "ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ".Select(c => c.ToString())];
    private static readonly string[] EnglishAlphabet = [.. "ABCDEFGHIJKLMNOPQRSTUVWXYZ".Select(c => c.ToString())];

    public async Task<GlossaryView> BuildAsync(string culture, string? query, CancellationToken cancellationToken)
    {
        var snapshot = await cache.GetAsync(cancellationToken);
        var words = GlossaryText.Words(query);
        var comparer = StringComparer.Create(CultureInfo.GetCultureInfo(culture == "en" ? "en-GB" : culture + "-FI"), CompareOptions.IgnoreCase);
        var items = snapshot.Terms
            .Where(t => words.Count == 0 || Matches(t, words))
            .Select(t => Item(t, culture, snapshot.Index))
            .OrderBy(i => i.Name.Text, comparer)
            .ThenBy(i => i.Id, StringComparer.Ordinal)
            .ToList();
        var groups = items.GroupBy(i => Initial(i.Name.Text, culture)).Select(g => new GlossaryLetter(g.Key, g.ToList())).ToList();
        var alphabet = culture == "en" ? EnglishAlphabet : FinnishAlphabet;
        var letters = alphabet.Concat(groups.Select(g => g.Letter).Where(l => !alphabet.Contains(l))).ToList();
        return new GlossaryView(groups, letters, items.Count, snapshot.Terms.Count);
    }

    /// <summary>Every word of the query occurs in a name, a form or an explanation, in any language.</summary>
    public static bool Matches(GlossaryTerm term, IReadOnlyList<string> words)
    {
        var haystack = GlossaryText.Fold(string.Join('\n', term.Term.Values.Concat(term.Explanation.Values).Concat(term.Forms.Values.SelectMany(f => f))));
        return words.All(w => haystack.Contains(w, StringComparison.Ordinal));
    }

    private static GlossaryItem Item(GlossaryTerm term, string culture, GlossaryIndex index)
    {
        var name = term.Term.Resolve(culture);
        var explanation = term.Explanation.Resolve(culture);
        var others = SiteCultures.All.Where(c => c != name.Culture && term.Term.ContainsKey(c)).Select(c => (c, term.Term[c])).ToList();
        var html = SafeMarkdown.ToHtml(explanation.Text, explanation.Culture, index, excludeTermId: term.Id);
        return new GlossaryItem(term.Id, name, others, explanation.Culture, html);
    }

    private static string Initial(string name, string culture)
    {
        var first = name.TrimStart().FirstOrDefault(char.IsLetterOrDigit);
        if (first == default)
        {
            return "#";
        }

        var letter = char.ToUpper(first, CultureInfo.GetCultureInfo(culture == "en" ? "en-GB" : culture + "-FI")).ToString();
        return char.IsDigit(first) ? "#" : letter;
    }
}

public sealed record GlossaryView(IReadOnlyList<GlossaryLetter> Groups, IReadOnlyList<string> Alphabet, int Count, int Total)
{
    public bool Has(string letter) => Groups.Any(g => g.Letter == letter);

    /// <summary>An id for a letter's heading that is safe in a URL fragment (letter-c4 for Ä).</summary>
    public static string AnchorOf(string letter) => $"letter-{(int)letter[0]:x}";
}

public sealed record GlossaryLetter(string Letter, IReadOnlyList<GlossaryItem> Items)
{
    public string Anchor => GlossaryView.AnchorOf(Letter);
}

public sealed record GlossaryItem(string Id, LocalizedTextValue Name, IReadOnlyList<(string Culture, string Name)> OtherNames, string ExplanationCulture, string ExplanationHtml);
