using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using TrainingSite.Search.Analysis;

namespace TrainingSite.Search.LuceneAnalysis;

/// <summary>
/// The project's <see cref="WordTokenizer"/> as a Lucene tokenizer: runs of letters and digits, lower-cased
/// and NFC-normalised, with offsets into the original text (for snippets). Each word also carries its forms in
/// the language and whether it is a stopword (<see cref="IWordFormsAttribute"/>). One tokenizer for every
/// field and for queries, so the index and the query are made of the same words.
/// </summary>
public sealed class SearchWordTokenizer : Tokenizer
{
    /// <summary>
    /// The last texts this thread tokenised, with each word's forms: a translation is indexed into ten fields,
    /// most of them the same text, and splitting, normalising and looking up its words once instead of ten
    /// times is most of the indexing speed.
    /// </summary>
    [ThreadStatic]
    private static (string Text, WordFormsCache Cache, string Language, AnalysedWord[] Words)[]? _recent;

    private readonly WordFormsCache _cache;
    private readonly string _language;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IWordFormsAttribute _forms;
    private AnalysedWord[] _words = [];
    private int _next;
    private int _textLength;

    public SearchWordTokenizer(TextReader input, WordFormsCache cache, string language)
        : base(input)
    {
        (_cache, _language) = (cache, language);
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _forms = AddAttribute<IWordFormsAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_next >= _words.Length)
        {
            return false;
        }

        var (token, forms, isStopword) = _words[_next++];
        _term.SetEmpty().Append(token.Word);
        _offset.SetOffset(CorrectOffset(token.Start), CorrectOffset(token.Start + token.Length));
        (_forms.Forms, _forms.IsStopword) = (forms, isStopword);
        return true;
    }

    public override void Reset()
    {
        base.Reset();

        // Guidance texts are articles, not books: reading one whole is simpler than a streaming tokenizer
        // and lets the existing tokenizer (surrogate pairs, NFC) serve unchanged.
        var text = m_input.ReadToEnd();
        _textLength = text.Length;
        _words = Words(text);
        _next = 0;
    }

    public override void End()
    {
        base.End();
        var end = CorrectOffset(_textLength);
        _offset.SetOffset(end, end);
    }

    private AnalysedWord[] Words(string text)
    {
        var recent = _recent ??= new (string, WordFormsCache, string, AnalysedWord[])[2];
        foreach (var (seen, cache, language, words) in recent)
        {
            // The same text and language, analysed by the same analysis (a test may run two, with and without Voikko).
            if (ReferenceEquals(cache, _cache) && language == _language && string.Equals(seen, text, StringComparison.Ordinal))
            {
                return words;
            }
        }

        var fresh = WordTokenizer.Tokenize(text)
            .Select(token => new AnalysedWord(token, _cache.Of(_language, token.Word), Stopwords.Contains(_language, token.Word)))
            .ToArray();
        (recent[1], recent[0]) = (recent[0], (text, _cache, _language, fresh));
        return fresh;
    }

    private readonly record struct AnalysedWord(WordToken Token, WordForms Forms, bool IsStopword);
}
