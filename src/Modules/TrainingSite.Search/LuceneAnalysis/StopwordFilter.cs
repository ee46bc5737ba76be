using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace TrainingSite.Search.LuceneAnalysis;

/// <summary>Leaves out the language's stopwords (marked by the tokenizer), keeping their positions as gaps (phrases stay honest).</summary>
public sealed class StopwordFilter : FilteringTokenFilter
{
    private readonly IWordFormsAttribute _forms;

    public StopwordFilter(TokenStream input)
        : base(LuceneVersion.LUCENE_48, input) => _forms = AddAttribute<IWordFormsAttribute>();

    protected override bool Accept() => !_forms.IsStopword;
}
