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
    /// <summary>
    /// The last texts this thread tokenised: a translation is indexed into ten fields, most of them the same
    /// text, and splitting and normalising its words once instead of ten times is most of the indexing speed.
    /// </summary>
    [ThreadStatic]
    private static (string Text, WordToken[] Tokens)[]? _recent;

    private WordToken[] _tokens = [];
    private int _next;
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
        if (_next >= _tokens.Length)
        {
            return false;
        }

        var token = _tokens[_next++];
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
        _tokens = Tokens(text);
        _next = 0;
    }

    public override void End()
    {
        base.End();
        var end = CorrectOffset(_textLength);
        _offset.SetOffset(end, end);
    }

    private static WordToken[] Tokens(string text)
    {
        var recent = _recent ??= new (string, WordToken[])[2];
        foreach (var (seen, tokens) in recent)
        {
            if (string.Equals(seen, text, StringComparison.Ordinal))
            {
                return tokens;
            }
        }

        var fresh = WordTokenizer.Tokenize(text).ToArray();
        (recent[1], recent[0]) = (recent[0], (text, fresh));
        return fresh;
    }
}
