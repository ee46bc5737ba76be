namespace TrainingSite.Search.LuceneAnalysis;

/// <summary>
/// Every form one word of one language is indexed as, beside the word itself. All forms are folded, as
/// the query side folds them (IndexTerms), so a query typed without ä/ö/å reaches them too.
/// </summary>
public sealed record WordForms(string Word, string Folded, IReadOnlyList<string> BaseForms, IReadOnlyList<string> Stems, IReadOnlyList<string> Parts)
{
    /// <summary>The folded form where folding changes the word: what the <see cref="FormKind.Folded"/> field holds.</summary>
    public IReadOnlyList<string> FoldedIfChanged { get; } = Folded == Word ? [] : [Folded];

    /// <summary>Base forms and stems together, each once: what the <see cref="FormKind.Lemma"/> field holds.</summary>
    public IReadOnlyList<string> Lemmas { get; } = BaseForms.Concat(Stems).Distinct(StringComparer.Ordinal).ToArray();

    public IReadOnlyList<string> Of(FormKind kind) => kind switch
    {
        FormKind.Folded => FoldedIfChanged,
        FormKind.Lemma => Lemmas,
        FormKind.Part => Parts,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "The exact form is the word itself."),
    };
}
