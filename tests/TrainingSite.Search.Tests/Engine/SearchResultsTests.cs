using TrainingSite.Search.Engine;
using static TrainingSite.Search.Tests.Engine.TestIndex;

namespace TrainingSite.Search.Tests.Engine;

/// <summary>Quoted phrases, paging and browsing without words, on a real index.</summary>
public sealed class SearchResultsTests(AnalysisFixture analysis) : IClassFixture<AnalysisFixture>, IDisposable
{
    private readonly TestIndex _index = new(analysis);

    [Fact]
    public void QuotedPhrase_ShouldFindItsWordsInflectedAndInOrder_ButNotApartOrReversed()
    {
        // Arrange
        _index.Build(
            Translation("in-order", "Pankkitunnukset", "Vahva tunnistautuminen vaaditaan verkkopalveluissa."),
            Translation("reversed", "Tunnistautuminen", "Tunnistautuminen on vahva, kun käytät pankkitunnuksia."),
            Translation("apart", "Salasanat", "Vahva salasana ja tunnistautuminen suojaavat tiliä."));

        // Act
        var phrase = _index.Search("\"vahvan tunnistautumisen\"");
        var words = _index.Search("vahvan tunnistautumisen ");

        // Assert: without quotes every text has both words.
        Assert.Equal(["in-order"], phrase.Page.Select(a => a.ArticleId));
        Assert.Equal(1, phrase.Total);
        Assert.Equal(["apart", "in-order", "reversed"], words.Page.Select(a => a.ArticleId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void QuotedPhrase_ShouldFindTheWordsTypedWithoutDiacritics()
    {
        // Arrange
        _index.Build(
            Translation("a1", "Päivähoidon maksut", "Kunta perii maksun."),
            Translation("a2", "Maksut", "Päivähoidon hinta ja muut maksut."));

        // Act
        var found = _index.Search("\"paivahoidon maksut\"");

        // Assert
        Assert.Equal(["a1"], found.Page.Select(a => a.ArticleId));
    }

    [Fact]
    public void QuotedPhrase_ShouldBeRequired_BesideOtherWords()
    {
        // Arrange
        _index.Build(
            Translation("a1", "Ohje", "Kela ja vahva tunnistautuminen."),
            Translation("a2", "Ohje", "Kela ja tunnistautuminen vahva."));

        // Act
        var found = _index.Search("kela \"vahva tunnistautuminen\" ");

        // Assert
        Assert.Equal(["a1"], found.Page.Select(a => a.ArticleId));
    }

    [Theory]
    [InlineData("en", "Applying for the housing allowance", "\"the housing allowance\"")]
    [InlineData("fi", "Kela ja kunta neuvovat", "\"ja kunta neuvovat\"")]
    [InlineData("sv", "Bidrag och stöd för studerande", "\"och stöd\"")]
    public void QuotedPhrase_ShouldFindTheText_WhenThePhraseStartsWithAStopword(string language, string title, string phrase)
    {
        // Arrange: stopwords are not indexed, but a phrase as people quote it has them, also first.
        _index.Build(
            Translation("a1", title, "text", language: language),
            Translation("a2", "Muuta", "text", language: language));

        // Act
        var found = _index.Search(phrase, language);

        // Assert
        Assert.Equal(["a1"], found.Page.Select(a => a.ArticleId));
    }

    [Fact]
    public void QuotedPhrase_ShouldLetAStopwordInsideStandForAnyWord_AndKeepTheOrder()
    {
        // Arrange: the stopword's place is kept in the index, so the words around it still stand one apart.
        _index.Build(
            Translation("a1", "Kela ja kunta neuvovat", "teksti"),
            Translation("a2", "Kunta ja Kela neuvovat", "teksti"),
            Translation("a3", "Kela neuvoo, mutta kunta päättää", "teksti"));

        // Act
        var found = _index.Search("\"kela ja kunta\"");

        // Assert
        Assert.Equal(["a1"], found.Page.Select(a => a.ArticleId));
    }

    [Fact]
    public void Paging_ShouldSliceTheRanking_AndTotalShouldCountEveryMatch()
    {
        // Arrange: five equal matches (ranked by id) and one text without the word.
        _index.Build([.. Enumerable.Range(1, 5).Select(i => Translation("p" + i, "Ohje", "kela")), Translation("other", "Muuta", "tekstiä")]);

        // Act
        var page = _index.Search("kela ", skip: 1, take: 2);
        var countOnly = _index.Search("kela ", take: 0);
        var beyond = _index.Search("kela ", skip: 10, take: 10);
        var last = _index.Search("kela ", skip: 4, take: 10);

        // Assert
        Assert.Equal(["p2", "p3"], page.Page.Select(a => a.ArticleId));
        Assert.Equal(5, page.Total);
        Assert.Empty(countOnly.Page);
        Assert.Equal(5, countOnly.Total);
        Assert.Equal([new FacetCount("housing", 5)], countOnly.Facets.Topic);
        Assert.Empty(beyond.Page);
        Assert.Equal(5, beyond.Total);
        Assert.Equal(["p5"], last.Page.Select(a => a.ArticleId));
    }

    [Theory]
    [InlineData(int.MaxValue, 10)]
    [InlineData(1_000_000_000, 50)]
    [InlineData(0, int.MaxValue)]
    public void Paging_ShouldAnswer_WhateverTheSkipAndTake(int skip, int take)
    {
        // Arrange: the site bounds pages, but the engine's Search is public and takes any numbers.
        _index.Build([.. Enumerable.Range(1, 3).Select(i => Translation("p" + i, "Ohje", "kela"))]);

        // Act
        var found = _index.Search("kela ", skip: skip, take: take);
        var browsed = _index.Browse(skip: skip, take: take);

        // Assert
        Assert.Equal(3, found.Total);
        Assert.Equal(skip == 0 ? 3 : 0, found.Page.Count);
        Assert.Equal(3, browsed.Total);
        Assert.Equal(skip == 0 ? 3 : 0, browsed.Page.Count);
    }

    [Fact]
    public void Paging_ShouldCountArticles_NotTranslations_WhenTheBestHaveSeveralLanguages()
    {
        // Arrange: "a" and "b" match in all three languages, in the title (the best); "c" and "d" in one, in the body.
        var translations = new List<IndexedTranslation>();
        foreach (var article in new[] { "a", "b" })
        {
            translations.Add(Translation(article, "Zqxv", "teksti", language: "fi"));
            translations.Add(Translation(article, "Zqxv", "text", language: "sv"));
            translations.Add(Translation(article, "Zqxv", "text", language: "en"));
        }

        translations.Add(Translation("c", "Ohje", "zqxv"));
        translations.Add(Translation("d", "Ohje", "zqxv"));
        translations.Add(Translation("e", "Muuta", "tekstiä"));
        _index.Build([.. translations]);

        // Act
        var pages = Enumerable.Range(0, 4).Select(page => _index.Search("zqxv ", "en", skip: page, take: 1)).ToList();
        var firstThree = _index.Search("zqxv ", "en", take: 3);

        // Assert
        Assert.Equal(["a", "b", "c", "d"], pages.Select(page => Assert.Single(page.Page).ArticleId));
        Assert.All(pages, page => Assert.Equal(4, page.Total));
        Assert.Equal(["a", "b", "c"], firstThree.Page.Select(a => a.ArticleId));
        Assert.Equal(["en", "en", "fi"], firstThree.Page.Select(a => a.BestLanguage));
        Assert.Equal([new FacetCount("fi", 4), new FacetCount("en", 2), new FacetCount("sv", 2)], firstThree.Facets.Language);
    }

    [Fact]
    public void Paging_ShouldKeepTheBestFirst_WhenScoresDiffer()
    {
        // Arrange: the title matches come before the body matches, whatever their ids.
        _index.Build(
            Translation("a", "Ohje", "kela"),
            Translation("b", "Kela", "ohje"),
            Translation("c", "Ohje", "kela"),
            Translation("d", "Kela", "ohje"),
            Translation("e", "Muuta", "tekstiä"));

        // Act
        var first = _index.Search("kela ", take: 2);
        var second = _index.Search("kela ", skip: 2, take: 2);

        // Assert
        Assert.Equal(["b", "d"], first.Page.Select(a => a.ArticleId));
        Assert.Equal(["a", "c"], second.Page.Select(a => a.ArticleId));
        Assert.True(first.Page[1].Score > second.Page[0].Score);
    }

    [Fact]
    public void Browse_ShouldOrderByTheTitleInTheSearchersLanguage_ElseTheArticlesFirstLanguage()
    {
        // Arrange
        _index.Build(
            Translation("zebra", "Aakkoset", "teksti", language: "fi"),
            Translation("zebra", "Zebra", "text", language: "en"),
            Translation("kela", "Kela", "teksti", language: "fi"),
            Translation("cottage", "Mökki", "teksti", language: "fi"),
            Translation("cottage", "Bostad", "text", language: "sv"),
            Translation("swedish-only", "Nyheter", "text", language: "sv"),
            Translation("swedish-only", "Lost", "text", language: "en"));

        // Act
        var english = _index.Browse("en");

        // Assert: in English, "cottage" shows its Finnish title (fi before sv), "swedish-only" its English one.
        Assert.Equal(["kela", "swedish-only", "cottage", "zebra"], english.Page.Select(a => a.ArticleId));
        Assert.Equal(["fi", "en", "fi", "en"], english.Page.Select(a => a.BestLanguage));
        Assert.Equal(4, english.Total);
    }

    [Fact]
    public void Browse_ShouldUseTheSearchersLanguagesAlphabet()
    {
        // Arrange: Finnish sorts Ä after Z; English sorts it with A.
        _index.Build(
            Translation("a", "Äitiysavustus", "teksti"),
            Translation("b", "Zeta", "teksti"),
            Translation("c", "Aamu", "teksti"));

        // Act
        var finnish = _index.Browse("fi");
        var english = _index.Browse("en");

        // Assert
        Assert.Equal(["c", "b", "a"], finnish.Page.Select(a => a.ArticleId));
        Assert.Equal(["c", "a", "b"], english.Page.Select(a => a.ArticleId));
    }

    [Fact]
    public void Browse_ShouldFilterPageAndCount()
    {
        // Arrange
        _index.Build(
            Translation("a", "A", "teksti", region: "espoo", topic: "work"),
            Translation("b", "B", "teksti", topic: "work"),
            Translation("b", "B sv", "text", language: "sv", topic: "work"),
            Translation("c", "C", "teksti", region: "espoo", audience: NetworkAudience),
            Translation("d", "D", "teksti", region: "espoo"));

        // Act
        var visitor = _index.Browse("fi", PublicOnly, skip: 1, take: 1);
        var espoo = _index.Browse("fi", Everyone with { Region = "espoo" });

        // Assert
        Assert.Equal(3, visitor.Total);
        Assert.Equal(["b"], visitor.Page.Select(a => a.ArticleId));
        Assert.Null(visitor.Page[0].RegionId);
        Assert.Equal([new FacetCount("work", 2), new FacetCount("housing", 1)], visitor.Facets.Topic);
        Assert.Equal([new FacetCount("fi", 3), new FacetCount("sv", 1)], visitor.Facets.Language);
        Assert.Equal(["a", "c", "d"], espoo.Page.Select(a => a.ArticleId));
    }

    public void Dispose() => _index.Dispose();
}
