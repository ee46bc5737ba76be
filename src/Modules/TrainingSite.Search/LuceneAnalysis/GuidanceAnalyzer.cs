using Lucene.Net.Analysis;

namespace TrainingSite.Search.LuceneAnalysis;

/// <summary>
/// The project's analysis of one language's guidance text as a Lucene analyzer; the field's name
/// (<see cref="SearchField"/>, or a <see cref="VocabularyField"/>) says the kind of form. Every field:
/// <see cref="SearchWordTokenizer"/>, then the language's stopwords left out, then (except the exact field)
/// the word replaced by its forms of the field's kind. Components are reused per field (not globally), since
/// each field has its own chain. Thread-safe; one per language and process (<see cref="GuidanceAnalyzers"/>).
/// </summary>
public sealed class GuidanceAnalyzer(WordFormsCache forms, string language) : Analyzer(PER_FIELD_REUSE_STRATEGY)
{
    public WordFormsCache Forms { get; } = forms;

    public string Language { get; } = language;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new SearchWordTokenizer(reader, Forms, Language);
        TokenStream stream = new StopwordFilter(tokenizer);
        if (VocabularyField.Is(fieldName))
        {
            return new TokenStreamComponents(tokenizer, new VocabularyFilter(stream));
        }

        if (!SearchField.TryParse(fieldName, out var field))
        {
            throw new ArgumentException($"'{fieldName}' is not an analysed search field (scope_kind).", nameof(fieldName));
        }

        if (field.Value.Kind != FormKind.Exact)
        {
            stream = new WordFormsFilter(stream, field.Value.Kind);
        }

        return new TokenStreamComponents(tokenizer, stream);
    }
}
