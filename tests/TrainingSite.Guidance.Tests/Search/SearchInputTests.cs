using TrainingSite.Guidance.Search;
using TrainingSite.Search.Engine;

namespace TrainingSite.Guidance.Tests.Search;

/// <summary>A search URL's values: what cannot be meant is named by its message key and replaced by the default, never thrown.</summary>
public sealed class SearchInputTests
{
    [Fact]
    public void Read_ShouldGiveTheDefaults_WhenNothingIsGiven()
    {
        var (request, errors) = new SearchInput(null, null, null, null, null, null, null).Read("sv");

        Assert.Empty(errors);
        Assert.Equal(new GuidanceSearchRequest(null, "sv", null, null, null, 1, GuidanceSearchRequest.DefaultPageSize), request);
    }

    [Fact]
    public void Read_ShouldKeepWhatIsValid_TrimmingFacets()
    {
        var (request, errors) = new SearchInput("asumistuki", "en", " espoo ", "housing", " sv ", " 3 ", "50").Read("fi");

        Assert.Empty(errors);
        Assert.Equal(new GuidanceSearchRequest("asumistuki", "en", "espoo", "housing", "sv", 3, 50), request);
    }

    [Fact]
    public void Read_ShouldNameEveryBadValue_AndFallBackForEach()
    {
        var (request, errors) = new SearchInput("kela", "xx", "Espoo", "päivähoito", "de", "abc", "51").Read("fi");

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["lang"] = "Search.Error.Lang",
                ["language"] = "Search.Error.Language",
                ["region"] = "Search.Error.Id",
                ["topic"] = "Search.Error.Id",
                ["page"] = "Search.Error.Page",
                ["pageSize"] = "Search.Error.PageSize",
            },
            errors);
        Assert.Equal(new GuidanceSearchRequest("kela", "fi", null, null, null, 1, GuidanceSearchRequest.DefaultPageSize), request);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("+2")]
    [InlineData("2.0")]
    [InlineData("1e3")]
    [InlineData("1001")]
    [InlineData("99999999999")]
    public void Read_ShouldRefuseAPage_ThatIsNotAWholeNumberInRange(string page)
    {
        var (request, errors) = new SearchInput(null, null, null, null, null, page, null).Read("fi");

        Assert.Equal("Search.Error.Page", errors["page"]);
        Assert.Equal(1, request.Page);
    }

    [Fact]
    public void Read_ShouldAcceptTheLastPage_AndReadNationalAsARegion()
    {
        var (request, errors) = new SearchInput(null, null, SearchFilter.National, null, null, GuidanceSearchRequest.MaxPage.ToString(System.Globalization.CultureInfo.InvariantCulture), null).Read("fi");

        Assert.Empty(errors);
        Assert.Equal((SearchFilter.National, GuidanceSearchRequest.MaxPage), (request.Region, request.Page));
    }
}
