namespace TrainingSite.Search.Querying;

/// <summary>
/// The vocabulary's answers to <see cref="VocabularyNeeds"/>: the folded words asked about that exist (with a
/// spelling to show and how many texts contain them), and the words that complete the word being typed.
/// </summary>
public sealed record VocabularyAnswers(IReadOnlyDictionary<string, VocabularyWord> KnownWords, IReadOnlyList<string> Completions)
{
    public static VocabularyAnswers None { get; } = new(new Dictionary<string, VocabularyWord>(), []);
}
