namespace TrainingSite.Glossary.Models;

/// <summary>
/// A term of the service system (hyvinvointialue / välfärdsområde / wellbeing services county) with a
/// one-sentence plain-language explanation in each language. <see cref="Forms"/> holds, per culture, other
/// written forms (inflections, synonyms, abbreviations) used to find the term in text and in search.
/// Terms are content, defined by recipes.
/// </summary>
public class GlossaryTerm
{
    public required string Id { get; set; }

    public LocalizedText Term { get; set; } = LocalizedText.Empty;

    public LocalizedText Explanation { get; set; } = LocalizedText.Empty;

    public Dictionary<string, List<string>> Forms { get; set; } = [];

    /// <summary>Every form that links to this term in <paramref name="culture"/>: the term itself first.</summary>
    public IReadOnlyList<string> FormsIn(string culture) =>
        [.. (Term.TryGetValue(culture, out var term) ? [term] : Array.Empty<string>())
            .Concat(Forms.TryGetValue(culture, out var forms) ? forms : [])];
}
