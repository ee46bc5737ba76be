using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace TrainingSite.Search.Tests.LuceneAnalysis;

/// <summary>One token a Lucene analyzer produced: its text, its position in the field and its offsets in the text.</summary>
public readonly record struct AnalyzedToken(string Term, int Position, int Start, int End);

public static class AnalyzedTokens
{
    public static IReadOnlyList<AnalyzedToken> Of(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }

    public static IReadOnlyList<string> Terms(Analyzer analyzer, string field, string text) =>
        Of(analyzer, field, text).Select(token => token.Term).ToList();
}
