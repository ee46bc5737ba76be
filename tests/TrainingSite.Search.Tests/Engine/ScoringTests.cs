using TrainingSite.Search.Engine;
using TrainingSite.Search.Querying;
using static TrainingSite.Search.Tests.Engine.TestIndex;

namespace TrainingSite.Search.Tests.Engine;

/// <summary>
/// The Lucene query scores as the project's scorer always has (the ranking it gives is measured by the quality
/// tests): per word its best form's weight × rarity, doubled in the title, summed, × the coverage of the words;
/// at least half the words; an article scored by its best translation, the searcher's language preferred.
/// Queries end in a space so the last word is not also completed.
/// </summary>
public sealed class ScoringTests(AnalysisFixture analysis) : IClassFixture<AnalysisFixture>, IDisposable
{
    private readonly TestIndex _index = new(analysis);

    [Fact]
    public void Score_ShouldBeTheWordsRaritiesSummed_WhenEveryWordMatchesExactly()
    {
        // Arrange: four texts, each word in two of them.
        _index.Build(
            Translation("a1", "Ensimmäinen ohje", "asumistuki kela"),
            Translation("a2", "Toinen ohje", "asumistuki"),
            Translation("a3", "Kolmas ohje", "kela"),
            Translation("a4", "Neljäs ohje", "muuta tekstiä"));

        // Act
        var found = _index.Search("asumistuki kela ");

        // Assert: ln(1 + (4 − 2 + 0.5) / (2 + 0.5)) per word, in the searcher's language.
        Assert.Equal(2 * Rarity(2, 4) * ScoreRules.PreferredLanguageFactor, ScoreOf(found, "a1"), 5);
    }

    [Fact]
    public void Score_ShouldDoubleAWord_WhenItIsInTheTitle()
    {
        // Arrange
        _index.Build(
            Translation("a1", "Kela", "ohjeita"),
            Translation("a2", "Ohjeita", "kela"),
            Translation("a3", "Muuta", "tekstiä"));

        // Act
        var found = _index.Search("kela ");

        // Assert
        Assert.Equal(ScoreRules.TitleFactor * ScoreOf(found, "a2"), ScoreOf(found, "a1"), 5);
        Assert.Equal(["a1", "a2"], Ids(found));
    }

    [Fact]
    public void Score_ShouldDoubleAWord_WhenItIsATag()
    {
        // Arrange: tags are indexed with the title.
        _index.Build(
            new IndexedTranslation("tagged", "fi", null, "housing", PublicAudience, "Ohjeita", ["kela"], "muuta"),
            Translation("body", "Ohjeita", "kela"),
            Translation("other", "Muuta", "tekstiä"));

        // Act
        var found = _index.Search("kela ");

        // Assert
        Assert.Equal(ScoreRules.TitleFactor * ScoreOf(found, "body"), ScoreOf(found, "tagged"), 5);
    }

    [Fact]
    public void Score_ShouldKeepSevenSixteenthsOfTheWordsScores_WhenHalfTheWordsMatch()
    {
        // Arrange: each half-match keeps 0.25 + 0.75 × (1/2)², so together they keep 7/16 of the full match's sum.
        _index.Build(
            Translation("a1", "Ensimmäinen ohje", "asumistuki kela"),
            Translation("a2", "Toinen ohje", "asumistuki"),
            Translation("a3", "Kolmas ohje", "kela"),
            Translation("a4", "Neljäs ohje", "muuta tekstiä"));

        // Act
        var found = _index.Search("asumistuki kela ");

        // Assert
        Assert.Equal(7.0 / 16 * ScoreOf(found, "a1"), ScoreOf(found, "a2") + ScoreOf(found, "a3"), 5);
        Assert.Equal(ScoreRules.CoverageFloor + ((1 - ScoreRules.CoverageFloor) * 0.25), ScoreRules.Coverage(1, 2), 6);
    }

    [Fact]
    public void Score_ShouldStillCountAWord_WhenEveryDocumentHasIt()
    {
        // Arrange: "kela" is in every text; its rarity must stay above zero, or it would not count as matched and
        // the text with both words would lose its coverage.
        _index.Build(
            Translation("a1", "Ensimmäinen ohje", "asumistuki kela"),
            Translation("a2", "Toinen ohje", "kela"));

        // Act
        var found = _index.Search("asumistuki kela ");

        // Assert: full coverage for a1 (both words), 7/16 for a2.
        Assert.Equal((Rarity(1, 2) + Rarity(2, 2)) * ScoreRules.PreferredLanguageFactor, ScoreOf(found, "a1"), 5);
        Assert.Equal(Rarity(2, 2) * 7 / 16 * ScoreRules.PreferredLanguageFactor, ScoreOf(found, "a2"), 5);
        Assert.True(ScoreOf(found, "a2") > 0);
    }

    [Fact]
    public void Score_ShouldAverageACompoundsParts_WhenTheTextHasThemApart()
    {
        // Arrange: "asumistuki" typed as one word; the text has "tuki" and "asumaan" (asua) apart.
        _index.Build(
            Translation("apart", "Ohje", "Tuki auttaa asumaan."),
            Translation("other", "Muuta", "tekstiä"));

        // Act
        var found = _index.Search("asumistuki ");

        // Assert: the compound's weight × the parts' rarities averaged, as the one word typed.
        var article = Assert.Single(found.Page);
        Assert.Equal("apart", article.ArticleId);
        Assert.Equal(QueryPlanner.CompoundWeight * Rarity(1, 2) * ScoreRules.PreferredLanguageFactor, article.Score, 5);
    }

    [Fact]
    public void Search_ShouldNotFindAText_WhenItHasFewerThanHalfTheWords()
    {
        // Arrange: three words, so two are required.
        _index.Build(
            Translation("a1", "Ensimmäinen ohje", "asumistuki kela hakemus"),
            Translation("a2", "Toinen ohje", "asumistuki kela"),
            Translation("a3", "Kolmas ohje", "kela"));

        // Act
        var found = _index.Search("asumistuki kela hakemus ");

        // Assert
        Assert.Equal(["a1", "a2"], Ids(found));
        Assert.Equal(2, found.Total);
    }

    [Fact]
    public void Search_ShouldFindNothing_WhenNoTextHasAnyWord()
    {
        // Arrange
        _index.Build(Translation("a1", "Ohje", "kela"));

        // Act
        var found = _index.Search("asumistuki hakemus ");

        // Assert
        Assert.Equal(0, found.Total);
        Assert.Empty(found.Page);
    }

    // The tests across languages search "zqxv": no stemmer changes it and Voikko does not know it, so each
    // translation's best form is the exact one. A real word's stem differs between the languages' stemmers, and a
    // form only one translation has is rarer, so it may outscore the exact match, as the scorer always has.
    [Theory]
    [InlineData("fi", "fi-article")]
    [InlineData("sv", "sv-article")]
    public void Score_ShouldPreferTheSearchersLanguage_WhenTranslationsMatchEqually(string language, string preferred)
    {
        // Arrange
        _index.Build(
            Translation("fi-article", "Ohje", "zqxv", language: "fi"),
            Translation("sv-article", "Anvisning", "zqxv", language: "sv"),
            Translation("en-article", "Guide", "other text", language: "en"));

        // Act
        var found = _index.Search("zqxv ", language);

        // Assert
        var other = preferred == "fi-article" ? "sv-article" : "fi-article";
        Assert.Equal(ScoreRules.PreferredLanguageFactor * ScoreOf(found, other), ScoreOf(found, preferred), 5);
        Assert.Equal([preferred, other], Ids(found));
    }

    [Fact]
    public void Search_ShouldCountAnArticleOnce_WithItsBestTranslation()
    {
        // Arrange: the Swedish title match (×2) beats the Finnish body match even with the Finnish searcher's ×1.15.
        _index.Build(
            Translation("a1", "Ohje", "zqxv", language: "fi"),
            Translation("a1", "Zqxv", "anvisning", language: "sv"),
            Translation("a2", "Muuta", "tekstiä"));

        // Act
        var found = _index.Search("zqxv ", "fi");

        // Assert
        var article = Assert.Single(found.Page);
        Assert.Equal(1, found.Total);
        Assert.Equal("sv", article.BestLanguage);
        Assert.Equal(ScoreRules.TitleFactor * Rarity(2, 3), article.Score, 5);
        Assert.Equal([new FacetCount("fi", 1), new FacetCount("sv", 1)], found.Facets.Language);
    }

    [Fact]
    public void Search_ShouldPreferTheSearchersLanguage_WhenAnArticlesTranslationsMatchEqually()
    {
        // Arrange
        _index.Build(
            Translation("a1", "Ohje", "zqxv", language: "fi"),
            Translation("a1", "Anvisning", "zqxv", language: "sv"),
            Translation("a2", "Muuta", "tekstiä"));

        // Act
        var found = _index.Search("zqxv ", "sv");

        // Assert
        var article = Assert.Single(found.Page);
        Assert.Equal("sv", article.BestLanguage);
        Assert.Equal(Rarity(2, 3) * ScoreRules.PreferredLanguageFactor, article.Score, 5);
    }

    [Fact]
    public void Search_ShouldOrderTiesByArticleId()
    {
        // Arrange
        _index.Build(
            Translation("c", "Ohje", "kela"),
            Translation("a", "Ohje", "kela"),
            Translation("b", "Ohje", "kela"),
            Translation("d", "Muuta", "tekstiä"));

        // Act
        var all = _index.Search("kela ");
        var firstTwo = _index.Search("kela ", take: 2);
        var lastTwo = _index.Search("kela ", skip: 1, take: 2);

        // Assert
        Assert.Equal(["a", "b", "c"], Ids(all));
        Assert.Equal(["a", "b"], Ids(firstTwo));
        Assert.Equal(["b", "c"], Ids(lastTwo));
    }

    [Fact]
    public void Search_ShouldRankRareWordsAndTitleMatchesAboveCommonWordsInTheBody()
    {
        // Arrange: "hakemus" is rarer than "kela", and a title match counts double.
        _index.Build(
            Translation("title", "Asumistuki", "kela"),
            Translation("rare", "Ohje", "asumistuki hakemus"),
            Translation("body", "Ohje", "asumistuki kela"),
            Translation("f1", "Muuta", "kela"),
            Translation("f2", "Muuta", "kela"));

        // Act
        var found = _index.Search("asumistuki kela hakemus ");

        // Assert: each has two of the three words. "rare" has the rarest word (ln 4 against "kela"'s ln 4/3), which
        // outweighs "title"'s doubled "asumistuki"; "title" passes "body", which has the same words in its body only.
        Assert.Equal(["rare", "title", "body"], Ids(found).Take(3));
    }

    [Fact]
    public void Score_ShouldBeAsInAFreshIndex_AfterArticlesWereUpdatedAndDeleted()
    {
        // Arrange: one node updated an article twice and deleted another; a node started later built from scratch.
        var articles = new[]
        {
            Translation("a1", "Ohje", "asumistuki kela"),
            Translation("a2", "Ohje", "asumistuki hakemus"),
            Translation("a3", "Ohje", "kela hakemus"),
            Translation("a4", "Ohje", "muuta tekstiä"),
        };
        _index.BuildInOneSegment([.. articles, Translation("gone", "Ohje", "asumistuki kela hakemus")]);
        _index.Apply(2, articles[0]);
        _index.Apply(3, articles[0]);
        _index.Delete(4, "gone");
        using var fresh = new TestIndex(analysis).Build(articles);

        // Act
        var updated = _index.Search("asumistuki kela ");
        var rebuilt = fresh.Search("asumistuki kela ");

        // Assert: the nodes answer alike, and as the old scorer did, which counted only the texts there are.
        Assert.Equal(rebuilt.Page.Select(a => a.ArticleId), updated.Page.Select(a => a.ArticleId));
        Assert.All(rebuilt.Page, article => Assert.Equal(article.Score, ScoreOf(updated, article.ArticleId), 5));
    }

    [Fact]
    public void Ranking_ShouldNotDependOnNetworkArticles_ForAVisitor()
    {
        // Arrange: for a visitor "kela" is the rarer word, so "a" ranks first; network articles say "kela" too.
        IndexedTranslation[] visible =
        [
            Translation("a", "Ohje", "kela"),
            Translation("b", "Ohje", "asumistuki"),
            Translation("c", "Muuta", "asumistuki tekstiä"),
        ];
        _index.Build(visible);
        using var withNetwork = new TestIndex(analysis).Build(
            [.. visible, .. Enumerable.Range(1, 3).Select(i => Translation("n" + i, "Verkosto", "kela", audience: NetworkAudience))]);

        // Act
        var alone = _index.Search("kela asumistuki ", filter: PublicOnly);
        var beside = withNetwork.Search("kela asumistuki ", filter: PublicOnly);

        // Assert: what network articles say must not show through a visitor's ranking (nor be inferred from it).
        Assert.Equal(["a", "b", "c"], alone.Page.Select(a => a.ArticleId));
        Assert.Equal(["a", "b", "c"], beside.Page.Select(a => a.ArticleId));
    }

    public void Dispose() => _index.Dispose();

    /// <summary>The rarity ScoreRules gives a term in <paramref name="df"/> of <paramref name="total"/> texts.</summary>
    private static double Rarity(int df, int total) => Math.Log(1 + ((total - df + 0.5) / (df + 0.5)));

    private static double ScoreOf(ArticleMatches found, string articleId) => found.Page.Single(a => a.ArticleId == articleId).Score;

    private static List<string> Ids(ArticleMatches found) => [.. found.Page.Select(a => a.ArticleId)];
}
