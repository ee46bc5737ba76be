using TrainingSite.Search.Analysis;
using TrainingSite.Search.LuceneAnalysis;

namespace TrainingSite.Search.Tests.Engine;

/// <summary>The full analysis (Voikko and Snowball) and its Lucene analyzers, shared by a test class: loading Voikko costs.</summary>
public sealed class AnalysisFixture : IDisposable
{
    public AnalysisFixture()
    {
        Assert.False(Analysis.Status.Degraded); // libstemmer0d, libvoikko1 and voikko-fi are installed by test.sh
        Analyzers = new GuidanceAnalyzers(Analysis);
    }

    public TextAnalyzer Analysis { get; } = new();

    public GuidanceAnalyzers Analyzers { get; }

    public void Dispose()
    {
        Analyzers.Dispose();
        Analysis.Dispose();
    }
}
