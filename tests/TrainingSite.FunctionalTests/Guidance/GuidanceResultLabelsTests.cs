using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Guidance;

/// <summary>
/// Each hit is shown in a translation that matched and labelled with that language, in the page's language; the
/// language facet counts agree with the hits; snippets come as HTML and as text with highlight ranges, saying the
/// same; a search that finds nothing offers the topics to browse instead of empty facets.
/// </summary>
public abstract class GuidanceResultLabelsTests(SiteFactory site)
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    [Fact]
    public async Task Api_ShouldShowEachHitInATranslationThatMatched_AndCountLanguagesAlike_WhenAFinnishSearchIsInEnglish()
    {
        using var client = site.CreateClient();

        var all = await GuidanceApi.SearchAsync(client, "housing allowance", "fi", "&pageSize=50");
        var english = await GuidanceApi.SearchAsync(client, "housing allowance", "fi", "&language=en&pageSize=50");

        var hits = all.GetProperty("hits").EnumerateArray().ToList();
        var languageFacet = all.GetProperty("facets").GetProperty("language").EnumerateArray()
            .ToDictionary(f => f.GetProperty("id").GetString()!, f => f.GetProperty("count").GetInt32());
        Assert.All(hits, hit => Assert.Contains(hit.GetProperty("language").GetString()!, languageFacet.Keys));
        var englishHits = hits.Where(hit => hit.GetProperty("language").GetString() == "en").ToList();
        Assert.NotEmpty(englishHits);
        Assert.Contains(englishHits, hit => hit.GetProperty("snippet").GetString()!.Contains("<mark>", StringComparison.Ordinal));
        Assert.Equal(languageFacet["en"], english.GetProperty("total").GetInt32());
        Assert.All(english.GetProperty("hits").EnumerateArray(), hit => Assert.Equal("en", hit.GetProperty("language").GetString()));
    }

    [Fact]
    public async Task Api_ShouldGiveTheSnippetAsTextWithHighlightRanges_ThatSayTheSameAsTheHtml()
    {
        using var client = site.CreateClient();

        var result = await GuidanceApi.SearchAsync(client, "asumistukea", "fi");

        var hits = result.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        foreach (var hit in hits)
        {
            var text = hit.GetProperty("snippetText").GetString()!;
            var html = hit.GetProperty("snippet").GetString()!;
            var expected = new System.Text.StringBuilder();
            var position = 0;
            foreach (var range in hit.GetProperty("snippetHighlights").EnumerateArray())
            {
                var (start, length) = (range.GetProperty("start").GetInt32(), range.GetProperty("length").GetInt32());
                expected.Append(Encoder.Encode(text[position..start])).Append("<mark>").Append(Encoder.Encode(text.Substring(start, length))).Append("</mark>");
                position = start + length;
            }

            Assert.Equal(expected.Append(Encoder.Encode(text[position..])).ToString(), html);
        }

        var first = hits.First(h => h.GetProperty("id").GetString() == "kela-general-housing-allowance");
        Assert.NotEqual(0, first.GetProperty("snippetHighlights").GetArrayLength());
    }

    [Theory]
    [InlineData("fi", "englanti", "suomi")]
    [InlineData("sv", "engelska", "finska")]
    [InlineData("en", "English", "Finnish")]
    public async Task SearchPage_ShouldLabelEachHitWithTheLanguageItIsShownIn_InThePagesLanguage(string culture, string englishName, string finnishName)
    {
        using var client = site.CreateSiteClient();

        var (response, document) = await client.GetPageAsync("/guidance?q=housing+allowance", culture);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var hits = document.QuerySelectorAll(".hit");
        Assert.NotEmpty(hits);
        var english = hits.Where(hit => hit.QuerySelector(".hit__language")!.TextContent == englishName).ToList();
        Assert.NotEmpty(english);
        Assert.All(english, hit =>
        {
            Assert.Equal(culture == "en" ? null : "en", hit.QuerySelector(".hit__title")!.GetAttribute("lang"));
            Assert.Equal(culture == "en" ? null : "en", hit.QuerySelector(".hit__snippet")!.GetAttribute("lang"));
            Assert.EndsWith("language=en", hit.QuerySelector(".hit__title a")!.GetAttribute("href"), StringComparison.Ordinal);
        });
        Assert.All(hits, hit => Assert.Contains(hit.QuerySelector(".hit__language")!.TextContent, new[] { englishName, finnishName, culture switch { "fi" => "ruotsi", "sv" => "svenska", _ => "Swedish" } }));
        var languageFacet = document.QuerySelector("#facet-language")!.ParentElement!.TextContent;
        Assert.Contains($"{englishName} (", languageFacet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    [InlineData("en")]
    public async Task SearchPage_ShouldOfferTheTopicsToBrowse_AndNoEmptyFacets_WhenNothingIsFound(string culture)
    {
        using var client = site.CreateSiteClient();

        var (response, document) = await client.GetPageAsync("/guidance?q=qwxyzzv+zzqqxxv", culture);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(document.QuerySelectorAll(".hit"));
        Assert.Null(document.QuerySelector(".facets"));
        Assert.All(document.QuerySelectorAll("h1, h2, h3"), heading => Assert.False(string.IsNullOrWhiteSpace(heading.TextContent)));
        var topics = document.QuerySelectorAll(".browse-topics a").ToList();
        Assert.NotEmpty(topics);
        Assert.All(topics, link => Assert.StartsWith("/guidance?topic=", link.GetAttribute("href"), StringComparison.Ordinal));
        var housing = topics.Single(link => link.GetAttribute("href") == "/guidance?topic=housing");
        var (browsed, browsedPage) = await client.GetPageAsync(housing.GetAttribute("href")!, culture);
        Assert.Equal(HttpStatusCode.OK, browsed.StatusCode);
        Assert.NotEmpty(browsedPage.QuerySelectorAll(".hit"));
        Assert.Contains(housing.QuerySelector(".facet__count")!.TextContent, browsedPage.QuerySelector("#results-title")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchPage_ShouldPutResultsBeforeARefineDisclosure_OpenOnlyWhenAFilterIsChosen()
    {
        using var client = site.CreateSiteClient();

        var (_, plain) = await client.GetPageAsync("/guidance?q=asumistuki", "fi");
        var (_, filtered) = await client.GetPageAsync("/guidance?q=asumistuki&topic=housing", "fi");

        var layout = plain.QuerySelector(".search-layout")!;
        Assert.Equal(new[] { "results", "facets" }, layout.Children.Select(child => child.ClassName ?? string.Empty).ToArray());
        var disclosure = plain.QuerySelector(".facets details[data-facets]")!;
        Assert.Equal("Rajaa", disclosure.QuerySelector("summary")!.TextContent.Trim());
        Assert.False(disclosure.HasAttribute("open"));
        Assert.True(filtered.QuerySelector(".facets details[data-facets]")!.HasAttribute("open"));
    }
}

public sealed class GuidanceResultLabelsTestsOnSqlite(SqliteSiteFactory site) : GuidanceResultLabelsTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class GuidanceResultLabelsTestsOnPostgres(PostgresSiteFactory site) : GuidanceResultLabelsTests(site), IClassFixture<PostgresSiteFactory>;
