namespace TrainingSite.Search.Analysis;

/// <summary>
/// The namespaces of index terms. A word is indexed as itself and, beside it, as its folded form, its base
/// forms or stems and its compound parts, each under a prefix so that matches of each kind are told apart
/// and weighed differently. Words never contain '_' (see <see cref="WordTokenizer"/>), so the prefixes cannot clash.
/// </summary>
public static class IndexTerms
{
    /// <summary>Marks a term of the title (and tags) field, beside the same term in the whole text.</summary>
    public const string TitlePrefix = "t_";

    public static string Exact(string word) => word;

    public static string Folded(string foldedWord) => "f_" + foldedWord;

    public static string Lemma(string lemma) => "l_" + TextFolding.Fold(lemma);

    public static string Part(string part) => "p_" + TextFolding.Fold(part);

    public static string Title(string term) => TitlePrefix + term;
}
