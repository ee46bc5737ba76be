using TrainingSite.Search.Analysis;
using TrainingSite.Search.Querying;
using TrainingSite.Search.Scoring;

namespace TrainingSite.Search.Tests.Scoring;

/// <summary>The scorer's constants do what their comments say (the ranking they give is measured by the quality tests).</summary>
public sealed class DocumentScorerTests : IDisposable
{
    private readonly TextAnalyzer _analyzer = new();

    [Fact]
    public void Score_ShouldDoubleAWord_WhenItIsInTheTitle()
    {
        var plan = Plan("kela");

        var scored = DocumentScorer.Score(plan, [Document(plan, 1, "kela", "t_kela"), Document(plan, 2, "kela")], totalDocuments: 50);

        Assert.Equal(DocumentScorer.TitleFactor * ScoreOf(scored, 2), ScoreOf(scored, 1), 10);
    }

    [Fact]
    public void Score_ShouldKeepSevenSixteenthsOfTheWordsScores_WhenHalfTheWordsMatch()
    {
        // Each half-match keeps 0.25 + 0.75 × (1/2)², so together they keep 7/16 of the full match's sum.
        var plan = Plan("asumistuki kela");

        var scored = DocumentScorer.Score(plan, [
            Document(plan, 1, "asumistuki", "kela"),
            Document(plan, 2, "asumistuki"),
            Document(plan, 3, "kela"),
        ], totalDocuments: 50);

        Assert.Equal(7.0 / 16 * ScoreOf(scored, 1), ScoreOf(scored, 2) + ScoreOf(scored, 3), 10);
    }

    [Fact]
    public void Score_ShouldStillCountAWord_WhenEveryDocumentHasIt()
    {
        // "kela" is in every document: its rarity must stay above zero, or the word would not count as matched
        // and a document with both words would lose to coverage.
        var plan = Plan("asumistuki kela");

        var scored = DocumentScorer.Score(plan, [
            Document(plan, 1, "asumistuki", "kela"),
            Document(plan, 2, "kela"),
        ], totalDocuments: 2);

        Assert.Equal(2, scored.Single(s => s.Document.Id == 1).MatchedGroups);
        Assert.True(ScoreOf(scored, 2) > 0);
    }

    public void Dispose() => _analyzer.Dispose();

    private QueryPlan Plan(string text) => new QueryPlanner(_analyzer).Plan(QueryParser.Parse(text), VocabularyAnswers.None);

    private static CandidateDocument Document(QueryPlan plan, int id, params string[] terms)
    {
        var document = new CandidateDocument(id, "a" + id, "fi", null, "housing", plan.Index);
        foreach (var term in terms)
        {
            document.Add(term);
        }

        return document;
    }

    private static double ScoreOf(IReadOnlyList<ScoredDocument> scored, int id) => scored.Single(s => s.Document.Id == id).Score;
}
