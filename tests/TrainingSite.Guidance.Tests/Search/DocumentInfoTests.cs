using TrainingSite.Guidance.Models;
using TrainingSite.Guidance.Search;

namespace TrainingSite.Guidance.Tests.Search;

/// <summary>Which indexed translations a filter lets through: audience always, facets when chosen.</summary>
public sealed class DocumentInfoTests
{
    private static readonly string[] Everyone = [GuidanceAudience.Public, GuidanceAudience.Network];
    private static readonly string[] PublicOnly = [GuidanceAudience.Public];

    private readonly DocumentInfo _espooNetworkArticle = new("espoo-interpreters", "sv", "espoo", "interpreting", GuidanceAudience.Network);
    private readonly DocumentInfo _nationalPublicArticle = new("kela-child-benefit", "fi", null, "family", GuidanceAudience.Public);

    [Fact]
    public void Passes_ShouldKeepNetworkArticlesFromPublicReaders()
    {
        Assert.False(_espooNetworkArticle.Passes(new SearchFilter(PublicOnly, null, null, null)));
        Assert.True(_espooNetworkArticle.Passes(new SearchFilter(Everyone, null, null, null)));
        Assert.True(_nationalPublicArticle.Passes(new SearchFilter(PublicOnly, null, null, null)));
    }

    [Theory]
    [InlineData(SearchFilter.National, false, true)]
    [InlineData("espoo", true, false)]
    [InlineData("vantaa", false, false)]
    public void Passes_ShouldReadNationalAsTheArticlesWithoutARegion(string region, bool espoo, bool national)
    {
        var filter = new SearchFilter(Everyone, region, null, null);

        Assert.Equal((espoo, national), (_espooNetworkArticle.Passes(filter), _nationalPublicArticle.Passes(filter)));
    }

    [Fact]
    public void Passes_ShouldNeedEveryChosenFacet()
    {
        Assert.True(_espooNetworkArticle.Passes(new SearchFilter(Everyone, "espoo", "interpreting", "sv")));
        Assert.False(_espooNetworkArticle.Passes(new SearchFilter(Everyone, "espoo", "family", "sv")));
        Assert.False(_espooNetworkArticle.Passes(new SearchFilter(Everyone, "espoo", "interpreting", "fi")));
    }

    [Fact]
    public void WithoutFacets_ShouldDropTheFacets_ButKeepTheAudiences()
    {
        var filter = new SearchFilter(PublicOnly, "espoo", "family", "sv").WithoutFacets();

        Assert.Equal(new SearchFilter(PublicOnly, null, null, null), filter);
        Assert.False(_espooNetworkArticle.Passes(filter));
        Assert.True(_nationalPublicArticle.Passes(filter));
    }
}
