using System.Diagnostics.CodeAnalysis;

namespace TrainingSite.Search.LuceneAnalysis;

/// <summary>
/// One analysed field of the index: a scope and a kind of form, named "text_exact", "title_lemma" and so on.
/// Fields carry no language: a translation is analysed by its language's <see cref="GuidanceAnalyzer"/>, and a
/// query word may match a text of any language, as counsellors type Swedish words into a Finnish search.
/// </summary>
public readonly record struct SearchField(FieldScope Scope, FormKind Kind)
{
    public string Name => $"{Scope.ToString().ToLowerInvariant()}_{Kind.ToString().ToLowerInvariant()}";

    /// <summary>Every analysed field.</summary>
    public static IEnumerable<SearchField> All =>
        from scope in Enum.GetValues<FieldScope>()
        from kind in Enum.GetValues<FormKind>()
        select new SearchField(scope, kind);

    public static bool TryParse(string name, [NotNullWhen(true)] out SearchField? field)
    {
        field = null;
        var parts = name.Split('_');
        if (parts.Length == 2
            && Enum.TryParse<FieldScope>(parts[0], ignoreCase: true, out var scope)
            && Enum.TryParse<FormKind>(parts[1], ignoreCase: true, out var kind)
            && new SearchField(scope, kind).Name == name)
        {
            field = new SearchField(scope, kind);
        }

        return field is not null;
    }

    public override string ToString() => Name;
}
