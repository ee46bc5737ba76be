using Lucene.Net.Analysis;

namespace TrainingSite.Search.LuceneAnalysis;

/// <summary>
/// The project's analysis of guidance text as one Lucene analyzer: the field's name (<see cref="SearchField"/>)
/// says its language and kind of form. Every field: <see cref="SearchWordTokenizer"/>, then the language's
/// stopwords left out, then (except the exact field) the word replaced by its forms of the field's kind.
/// Components are reused per field (not globally), since each field has its own chain. Thread-safe; one per process.
/// </summary>
public sealed class GuidanceAnalyzer(WordFormsCache forms) : Analyzer(PER_FIELD_REUSE_STRATEGY)
{
    public WordFormsCache Forms { get; } = forms;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        if (!SearchField.TryParse(fieldName, out var parsed))
        {
            throw new ArgumentException($"'{fieldName}' is not an analysed search field (scope_kind_language).", nameof(fieldName));
        }

        var field = parsed.Value;
        var tokenizer = new SearchWordTokenizer(reader);
        TokenStream stream = new StopwordFilter(tokenizer, field.Language);
        if (field.Kind != FormKind.Exact)
        {
            stream = new WordFormsFilter(stream, Forms, field.Language, field.Kind);
        }

        return new TokenStreamComponents(tokenizer, stream);
    }
}
