namespace TrainingSite.Search.LuceneAnalysis;

/// <summary>
/// Every form one word of one language is indexed as, beside the word itself. All forms are folded, as
/// today's term store folds them (IndexTerms), so a query typed without ä/ö/å reaches them too.
/// </summary>
public sealed record WordForms(string Folded, IReadOnlyList<string> BaseForms, IReadOnlyList<string> Stems, IReadOnlyList<string> Parts)
{
    public IReadOnlyList<string> Of(FormKind kind) => kind switch
    {
        FormKind.Folded => [Folded],
        FormKind.BaseForm => BaseForms,
        FormKind.Stem => Stems,
        FormKind.Part => Parts,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "The exact form is the word itself."),
    };
}
