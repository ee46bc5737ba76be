using TrainingSite.Search.Engine;
using static TrainingSite.Search.Tests.Engine.TestIndex;

namespace TrainingSite.Search.Tests.Engine;

/// <summary>
/// Filters narrow what is found and counted; facets count every article found (not only the page's): topic and
/// region once per article, language once per matched translation; the network audience stays hidden from
/// anonymous visitors in results and counts alike.
/// </summary>
public sealed class SearchFilterTests : IClassFixture<AnalysisFixture>, IDisposable
{
    private readonly TestIndex _index;

    public SearchFilterTests(AnalysisFixture analysis)
    {
        _index = new TestIndex(analysis).Build(
            Translation("housing-national", "Asumisen tuet", "Kela maksaa asumistukea.", region: null, topic: "housing"),
            Translation("housing-national", "Bostadsbidrag", "Bidraget söks hos FPA.", language: "sv", region: null, topic: "housing"),
            Translation("housing-espoo", "Asuminen Espoossa", "Kela ja kunta neuvovat.", region: "espoo", topic: "housing"),
            Translation("work-espoo", "Työnhaku Espoossa", "Kela maksaa työttömyysturvaa.", region: "espoo", topic: "work"),
            Translation("work-espoo", "Job seeking in Espoo", "Kela pays unemployment benefits.", language: "en", region: "espoo", topic: "work"),
            Translation("work-network", "Verkoston työohje", "Kela ja verkoston yhteistyö.", region: "helsinki", topic: "work", audience: NetworkAudience),
            Translation("other", "Muuta", "Ei mainintaa.", region: null, topic: "work"));
    }

    [Fact]
    public void Facets_ShouldCountTopicAndRegionPerArticle_AndLanguagePerMatchedTranslation()
    {
        // Act: only the page is cut to one; the facets count every article found.
        var found = _index.Search("kela ", take: 1);

        // Assert: housing-national's Swedish translation does not say "Kela", so it adds no "sv".
        Assert.Equal(4, found.Total);
        Assert.Single(found.Page);
        Assert.Equal([new FacetCount("housing", 2), new FacetCount("work", 2)], found.Facets.Topic);
        Assert.Equal([new FacetCount("espoo", 2), new FacetCount("helsinki", 1), new FacetCount(SearchFilter.National, 1)], found.Facets.Region);
        Assert.Equal([new FacetCount("fi", 4), new FacetCount("en", 1)], found.Facets.Language);
    }

    [Fact]
    public void RegionFilter_ShouldFindTheNationalPart_WhenNational()
    {
        // Act
        var found = _index.Search("kela ", filter: Everyone with { Region = SearchFilter.National });

        // Assert
        var article = Assert.Single(found.Page);
        Assert.Equal("housing-national", article.ArticleId);
        Assert.Null(article.RegionId);
        Assert.Equal([new FacetCount(SearchFilter.National, 1)], found.Facets.Region);
    }

    [Fact]
    public void RegionFilter_ShouldFindOnlyThatRegionsArticles()
    {
        // Act
        var found = _index.Search("kela ", filter: Everyone with { Region = "espoo" });

        // Assert
        Assert.Equal(["housing-espoo", "work-espoo"], Ids(found).Order(StringComparer.Ordinal));
        Assert.All(found.Page, article => Assert.Equal("espoo", article.RegionId));
        Assert.Equal([new FacetCount("housing", 1), new FacetCount("work", 1)], found.Facets.Topic);
    }

    [Fact]
    public void TopicFilter_ShouldFindOnlyThatTopicsArticles()
    {
        // Act
        var found = _index.Search("kela ", filter: Everyone with { Topic = "work" });

        // Assert
        Assert.Equal(["work-espoo", "work-network"], Ids(found).Order(StringComparer.Ordinal));
        Assert.All(found.Page, article => Assert.Equal("work", article.TopicId));
    }

    [Fact]
    public void LanguageFilter_ShouldMatchOnlyTranslationsInThatLanguage()
    {
        // Act
        var english = _index.Search("kela ", "fi", Everyone with { Language = "en" });
        var swedish = _index.Search("kela ", "fi", Everyone with { Language = "sv" });

        // Assert: the Swedish translation that does not say "Kela" is not found through its Finnish one.
        var article = Assert.Single(english.Page);
        Assert.Equal("work-espoo", article.ArticleId);
        Assert.Equal("en", article.BestLanguage);
        Assert.Equal([new FacetCount("en", 1)], english.Facets.Language);
        Assert.Equal(0, swedish.Total);
    }

    [Fact]
    public void PublicAudience_ShouldNeverFindOrCountNetworkArticles()
    {
        // Act
        var found = _index.Search("kela verkoston ", filter: PublicOnly);
        var byRegion = _index.Search("kela ", filter: PublicOnly with { Region = "helsinki" });

        // Assert
        Assert.Equal(3, found.Total);
        Assert.DoesNotContain("work-network", Ids(found));
        Assert.Equal([new FacetCount("housing", 2), new FacetCount("work", 1)], found.Facets.Topic);
        Assert.DoesNotContain(found.Facets.Region, facet => facet.Id == "helsinki");
        Assert.Equal([new FacetCount("fi", 3), new FacetCount("en", 1)], found.Facets.Language);
        Assert.Equal(0, byRegion.Total);
        Assert.Empty(byRegion.Facets.Topic);
    }

    [Fact]
    public void NetworkAudience_ShouldBeFound_WhenTheCallerMayReadIt()
    {
        // Act
        var found = _index.Search("verkoston ", filter: Everyone);

        // Assert
        Assert.Equal(["work-network"], Ids(found));
    }

    [Fact]
    public void Filters_ShouldCombine()
    {
        // Act
        var found = _index.Search("kela ", "en", Everyone with { Region = "espoo", Topic = "work", Language = "en" });
        var none = _index.Search("kela ", "fi", Everyone with { Region = "espoo", Topic = "housing", Language = "en" });

        // Assert
        Assert.Equal(["work-espoo"], Ids(found));
        Assert.Equal(0, none.Total);
        Assert.Empty(none.Page);
    }

    [Fact]
    public void Facets_ShouldFollowAnArticlesNewRegionAndTopic_AfterAnUpdate()
    {
        // Act
        _index.Apply(1, Translation("housing-espoo", "Asuminen Vantaalla", "Kela ja kunta neuvovat.", region: "vantaa", topic: "work"));
        var found = _index.Search("kela ");

        // Assert
        Assert.Equal(4, found.Total);
        Assert.Equal([new FacetCount("work", 3), new FacetCount("housing", 1)], found.Facets.Topic);
        Assert.Equal([new FacetCount("espoo", 1), new FacetCount("helsinki", 1), new FacetCount(SearchFilter.National, 1), new FacetCount("vantaa", 1)], found.Facets.Region);
        Assert.Equal("vantaa", found.Page.Single(a => a.ArticleId == "housing-espoo").RegionId);
        Assert.Equal(0, _index.Search("kela ", filter: Everyone with { Region = "espoo", Topic = "housing" }).Total);
    }

    public void Dispose() => _index.Dispose();

    private static List<string> Ids(ArticleMatches found) => [.. found.Page.Select(a => a.ArticleId)];
}
