using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace TrainingSite.Search.LuceneAnalysis;

/// <summary>
/// Replaces each word by its forms of one kind (folded, base forms, stems or compound parts). The first
/// form takes the word's position and the others stack on it (increment 0), so phrases and snippets still
/// line up with the exact field; a word with no form of the kind leaves a gap, as a stopword does.
/// </summary>
public sealed class WordFormsFilter : TokenFilter
{
    private readonly FormKind _kind;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly IWordFormsAttribute _forms;
    private IReadOnlyList<string> _pending = [];
    private int _next;
    private int _firstIncrement;
    private int _skippedIncrement;

    public WordFormsFilter(TokenStream input, FormKind kind)
        : base(input)
    {
        if (kind == FormKind.Exact)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "The exact field needs no forms filter.");
        }

        _kind = kind;
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _forms = AddAttribute<IWordFormsAttribute>();
    }

    public override bool IncrementToken()
    {
        while (_next >= _pending.Count)
        {
            if (!m_input.IncrementToken())
            {
                return false;
            }

            var increment = _skippedIncrement + _position.PositionIncrement;
            _pending = _forms.Forms?.Of(_kind) ?? [];
            _next = 0;
            if (_pending.Count == 0)
            {
                _skippedIncrement = increment;
                continue;
            }

            _skippedIncrement = 0;
            _firstIncrement = increment;
        }

        // The stacked forms keep the word's offsets and other attributes: only the term and the increment change.
        _term.SetEmpty().Append(_pending[_next]);
        _position.PositionIncrement = _next == 0 ? _firstIncrement : 0;
        _next++;
        return true;
    }

    public override void End()
    {
        base.End();
        _position.PositionIncrement += _skippedIncrement;
    }

    public override void Reset()
    {
        base.Reset();
        (_pending, _next, _firstIncrement, _skippedIncrement) = ([], 0, 0, 0);
    }
}
