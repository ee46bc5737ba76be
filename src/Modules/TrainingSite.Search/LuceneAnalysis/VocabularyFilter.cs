using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using TrainingSite.Search.Analysis;

namespace TrainingSite.Search.LuceneAnalysis;

/// <summary>Turns each word into its <see cref="VocabularyField"/> term, "folded␟as written".</summary>
public sealed class VocabularyFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public VocabularyFilter(TokenStream input)
        : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var word = _term.ToString();
        _term.SetEmpty().Append(VocabularyField.Term(TextFolding.Fold(word), word));
        return true;
    }
}
