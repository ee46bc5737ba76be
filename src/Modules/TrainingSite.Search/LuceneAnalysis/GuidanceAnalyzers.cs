using TrainingSite.Search.Analysis;

namespace TrainingSite.Search.LuceneAnalysis;

/// <summary>The analyzer of each language, sharing one word cache; one per process.</summary>
public sealed class GuidanceAnalyzers : IDisposable
{
    private readonly Dictionary<string, GuidanceAnalyzer> _byLanguage;

    public GuidanceAnalyzers(TextAnalyzer analysis)
    {
        Analysis = analysis;
        var forms = new WordFormsCache(analysis);
        _byLanguage = TextAnalyzer.Languages.ToDictionary(language => language, language => new GuidanceAnalyzer(forms, language), StringComparer.Ordinal);
    }

    public TextAnalyzer Analysis { get; }

    public GuidanceAnalyzer For(string language) =>
        _byLanguage.TryGetValue(language, out var analyzer) ? analyzer : throw new ArgumentOutOfRangeException(nameof(language), language, "No analysis for this language.");

    public void Dispose()
    {
        foreach (var analyzer in _byLanguage.Values)
        {
            analyzer.Dispose();
        }
    }
}
