using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using TrainingSite.Search.Analysis;

namespace TrainingSite.Search.LuceneAnalysis;

/// <summary>Leaves out the language's <see cref="Stopwords"/>, keeping their positions as gaps (phrases stay honest).</summary>
public sealed class StopwordFilter : FilteringTokenFilter
{
    private readonly string _language;
    private readonly ICharTermAttribute _term;

    public StopwordFilter(TokenStream input, string language)
        : base(LuceneVersion.LUCENE_48, input)
    {
        _language = language;
        _term = AddAttribute<ICharTermAttribute>();
    }

    protected override bool Accept() => !Stopwords.Contains(_language, _term.ToString());
}
