namespace TrainingSite.Search.Analysis;

/// <summary>
/// The namespaces of a query plan's terms. A word is matched as itself and, beside it, as its folded form, its
/// base forms or stems and its compound parts, each under a prefix so that matches of each kind are told apart
/// and weighed differently; each prefix names a field of the index (<see cref="Engine.GuidanceIndexSearch"/>). Words never
/// contain '_' (see <see cref="WordTokenizer"/>), so the prefixes cannot clash.
/// </summary>
public static class IndexTerms
{
    public const string FoldedPrefix = "f_";
    public const string LemmaPrefix = "l_";
    public const string PartPrefix = "p_";

    public static string Exact(string word) => word;

    public static string Folded(string foldedWord) => FoldedPrefix + foldedWord;

    public static string Lemma(string lemma) => LemmaPrefix + TextFolding.Fold(lemma);

    public static string Part(string part) => PartPrefix + TextFolding.Fold(part);
}
