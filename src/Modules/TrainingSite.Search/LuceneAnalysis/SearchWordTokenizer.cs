using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using TrainingSite.Search.Analysis;

namespace TrainingSite.Search.LuceneAnalysis;

/// <summary>
/// The project's <see cref="WordTokenizer"/> as a Lucene tokenizer: runs of letters and digits, lower-cased
/// and NFC-normalised, with offsets into the original text (for snippets). One tokenizer for every field
/// and for queries, so the index and the query are made of the same words.
/// </summary>
public sealed class SearchWordTokenizer : Tokenizer
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private IEnumerator<WordToken>? _tokens;
    private int _textLength;

    public SearchWordTokenizer(TextReader input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_tokens is null || !_tokens.MoveNext())
        {
            return false;
        }

        var token = _tokens.Current;
        _term.SetEmpty().Append(token.Word);
        _offset.SetOffset(CorrectOffset(token.Start), CorrectOffset(token.Start + token.Length));
        return true;
    }

    public override void Reset()
    {
        base.Reset();

        // Guidance texts are articles, not books: reading one whole is simpler than a streaming tokenizer
        // and lets the existing tokenizer (surrogate pairs, NFC) serve unchanged.
        var text = m_input.ReadToEnd();
        _textLength = text.Length;
        _tokens?.Dispose();
        _tokens = WordTokenizer.Tokenize(text).GetEnumerator();
    }

    public override void End()
    {
        base.End();
        var end = CorrectOffset(_textLength);
        _offset.SetOffset(end, end);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _tokens?.Dispose();
            _tokens = null;
        }

        base.Dispose(disposing);
    }
}
