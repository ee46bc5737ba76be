using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using TrainingSite.Search.Analysis;

namespace TrainingSite.Search.LuceneAnalysis;

/// <summary>
/// Turns each word into its <see cref="VocabularyField"/> term, "folded␟as written", once per text: the field
/// says which texts have a word, not how often, and every repeat would cost indexing time for nothing.
/// </summary>
public sealed class VocabularyFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IWordFormsAttribute _forms;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public VocabularyFilter(TokenStream input)
        : base(input) => (_term, _forms) = (AddAttribute<ICharTermAttribute>(), AddAttribute<IWordFormsAttribute>());

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            var word = _term.ToString();
            if (_seen.Add(word))
            {
                _term.SetEmpty().Append(VocabularyField.Term(_forms.Forms?.Folded ?? TextFolding.Fold(word), word));
                return true;
            }
        }

        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _seen.Clear();
    }
}
