using TrainingSite.Search.Engine;
using TrainingSite.Search.Querying;
using static TrainingSite.Search.Tests.Engine.TestIndex;

namespace TrainingSite.Search.Tests.Engine;

/// <summary>
/// The search features people rely on, through the whole query path on a real index: inflected forms, compound
/// parts, splits and joins, text typed without ä/ö, one typo, the word being typed, and "did you mean".
/// </summary>
public sealed class SearchFeaturesTests : IClassFixture<AnalysisFixture>, IDisposable
{
    private readonly AnalysisFixture _analysis;
    private readonly TestIndex _index;

    public SearchFeaturesTests(AnalysisFixture analysis)
    {
        _analysis = analysis;
        _index = new TestIndex(analysis).Build(
            Translation("daycare-fi", "Päivähoidon maksut", "Kunta perii päivähoidosta maksun perheen tulojen mukaan."),
            Translation("housing-fi", "Asumistuen hakeminen", "Asumistukea haetaan Kelasta verkossa."),
            Translation("daycare-en", "Day care fees", "The municipality charges for day care by the family's income."),
            Translation("infofinland", "InfoFinland", "Infofinland answers questions in many languages.", language: "en"),
            Translation("horse", "Riding", "The horse stables are open.", language: "en"),
            Translation("house", "Housing", "A house for a family.", language: "en"),
            Translation("network", "Verkosto-ohje", "Verkostosana on vain verkostolle.", audience: NetworkAudience));
    }

    [Theory]
    [InlineData("päivähoito ", "daycare-fi")]
    [InlineData("päivähoitoon ", "daycare-fi")]
    [InlineData("paivahoidon ", "daycare-fi")]
    [InlineData("paivahoito ", "daycare-fi")]
    [InlineData("asumistuki ", "housing-fi")]
    [InlineData("asumistukeen ", "housing-fi")]
    public void Search_ShouldFindInflectedFormsAndTextTypedWithoutDiacritics(string text, string article) =>
        Assert.Equal(article, Ids(_index.Search(text)).First());

    [Fact]
    public void Search_ShouldFindACompoundByItsPart()
    {
        // Act
        var found = _index.Search("hoito ");

        // Assert
        Assert.Contains("daycare-fi", Ids(found));
    }

    [Theory]
    [InlineData("daycare ", "daycare-en")]
    [InlineData("info finland ", "infofinland")]
    public void Search_ShouldMatchAWordTheTextsWriteAsTwo_AndTwoWordsTheyWriteAsOne(string text, string article)
    {
        // Act
        var found = _index.Search(text, "en");

        // Assert
        Assert.Equal(article, Ids(found).First());
    }

    [Fact]
    public void Search_ShouldCorrectOneTypo_OnlyInAWordTheTextsDoNotContain()
    {
        // Act: "horze" is no word of the texts; "horse" and "house" are.
        var typo = _index.Search("horze ", "en");
        var known = _index.Search("horse ", "en");

        // Assert: "house" is one edit from "horse", but a word the texts use is not corrected.
        Assert.Equal(["horse"], Ids(typo));
        Assert.Equal(["horse"], Ids(known));
    }

    [Fact]
    public void Search_ShouldCompleteTheWordBeingTyped_ButNotAFinishedWord()
    {
        // Act
        var typing = _index.Search("infofinl", "en");
        var finished = _index.Search("infofinl ", "en");

        // Assert
        Assert.Equal(["infofinland"], Ids(typing));
        Assert.Empty(finished.Page);
    }

    [Fact]
    public void Suggestion_ShouldComeOnlyFromTheWordsTheCallerMayRead()
    {
        // Act
        var visitor = Suggestion("verkostosanx", publicOnly: true);
        var counsellor = Suggestion("verkostosanx", publicOnly: false);
        var known = Suggestion("horze riding", publicOnly: true);

        // Assert
        Assert.Null(visitor);
        Assert.Equal("verkostosana", counsellor);
        Assert.Equal("horse riding", known);
    }

    public void Dispose() => _index.Dispose();

    private static List<string> Ids(ArticleMatches found) => [.. found.Page.Select(a => a.ArticleId)];

    private string? Suggestion(string text, bool publicOnly)
    {
        var query = QueryParser.Parse(text + " ");
        var vocabulary = _index.Node.Read(searcher => GuidanceIndexSearch.Vocabulary(searcher, QueryPlanner.Needs(query), publicOnly));
        return QueryPlanner.Suggestion(query, vocabulary);
    }
}
