using System.Diagnostics.CodeAnalysis;
using TrainingSite.Search.Analysis;

namespace TrainingSite.Search.LuceneAnalysis;

/// <summary>
/// One analysed field of the index: a scope, a kind of form and a language, named "text_exact_fi",
/// "title_stem_sv" and so on. The analyzer reads the name to know how to analyse the field's text.
/// </summary>
public readonly record struct SearchField(FieldScope Scope, FormKind Kind, string Language)
{
    public string Name => $"{Scope.ToString().ToLowerInvariant()}_{Kind.ToString().ToLowerInvariant()}_{Language}";

    /// <summary>Every analysed field of one language.</summary>
    public static IEnumerable<SearchField> All(string language) =>
        from scope in Enum.GetValues<FieldScope>()
        from kind in Enum.GetValues<FormKind>()
        select new SearchField(scope, kind, language);

    public static bool TryParse(string name, [NotNullWhen(true)] out SearchField? field)
    {
        field = null;
        var parts = name.Split('_');
        if (parts.Length == 3
            && Enum.TryParse<FieldScope>(parts[0], ignoreCase: true, out var scope)
            && Enum.TryParse<FormKind>(parts[1], ignoreCase: true, out var kind)
            && TextAnalyzer.Languages.Contains(parts[2]))
        {
            field = new SearchField(scope, kind, parts[2]);
        }

        return field is not null;
    }

    public override string ToString() => Name;
}
