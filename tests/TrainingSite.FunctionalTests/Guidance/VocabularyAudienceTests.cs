using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Guidance.Search;
using TrainingSite.Search.Engine;
using TrainingSite.Search.Querying;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Guidance;

/// <summary>
/// "Did you mean", completions, facets and related articles come only from the articles the caller may read:
/// a word found only in network articles is never suggested or completed to a visitor, but is to a network
/// member, and becomes public when its article does.
/// </summary>
public abstract class VocabularyAudienceTests(SiteFactory site)
{
    [Fact]
    public async Task Suggestion_ShouldNotOfferANetworkOnlyWord_ToVisitors_ButShouldToMembers()
    {
        var (id, word) = (GuidanceSeed.NewId("va"), GuidanceSeed.NewWord());
        var typo = word[..^1] + (word[^1] == 'x' ? 'y' : 'x');
        await GuidanceSeed.ImportAsync(site, NetworkArticle(id, $"Asiakkaan {word} kirjataan."));
        using var anonymous = site.CreateSiteClient();
        using var member = await site.SignedInClientAsync([Roles.NetworkMember]);

        var visitorApi = await GuidanceApi.SearchAsync(anonymous.Http, typo);
        var (_, visitorPage) = await anonymous.GetPageAsync($"/guidance?q={typo}");
        var memberApi = await GuidanceApi.SearchAsync(member.Http, typo);
        var (_, memberPage) = await member.GetPageAsync($"/guidance?q={typo}");

        Assert.DoesNotContain(word, visitorApi.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(word, visitorPage.Body!.OuterHtml, StringComparison.Ordinal);
        Assert.Equal(0, visitorApi.GetProperty("total").GetInt32());
        Assert.Equal(word, memberApi.GetProperty("suggestion").GetString());
        Assert.Contains(word, memberPage.Body!.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completions_ShouldComeOnlyFromReadableArticles_AndFollowAnAudienceChange()
    {
        var (id, word) = (GuidanceSeed.NewId("vc"), GuidanceSeed.NewWord());
        var prefix = word[..6];
        await GuidanceSeed.ImportAsync(site, NetworkArticle(id, $"Asiakkaan {word} kirjataan."));

        var whileNetwork = Completions(prefix, publicOnly: true);
        var forMembers = Completions(prefix, publicOnly: false);
        var knownToVisitors = Known(word, publicOnly: true);
        await GuidanceSeed.ImportAsync(site, GuidanceSeed.Article(id, null, body: $"Asiakkaan {word} kirjataan."));
        var afterPublic = Completions(prefix, publicOnly: true);
        var typo = word[..^1] + (word[^1] == 'x' ? 'y' : 'x');
        using var anonymous = site.CreateSiteClient();
        var visitorApi = await GuidanceApi.SearchAsync(anonymous.Http, typo);

        Assert.DoesNotContain(word, whileNetwork);
        Assert.False(knownToVisitors);
        Assert.Contains(word, forMembers);
        Assert.Contains(word, afterPublic);
        Assert.Equal(word, visitorApi.GetProperty("suggestion").GetString());
    }

    [Fact]
    public async Task TypedPrefix_ShouldNotCompleteToANetworkOnlyWord_ForVisitors_ButShouldForMembers()
    {
        var (id, word) = (GuidanceSeed.NewId("vp"), GuidanceSeed.NewWord());
        await GuidanceSeed.ImportAsync(site, NetworkArticle(id, $"Asiakkaan {word} kirjataan."));
        using var anonymous = site.CreateSiteClient();
        using var member = await site.SignedInClientAsync([Roles.NetworkMember]);

        var visitor = await GuidanceApi.SearchAsync(anonymous.Http, word[..7]);
        var forMember = await GuidanceApi.SearchAsync(member.Http, word[..7]);

        Assert.Equal(0, visitor.GetProperty("total").GetInt32());
        Assert.DoesNotContain(word, visitor.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(id, GuidanceApi.Ids(forMember));
    }

    [Fact]
    public async Task Suggestion_ShouldStopReachingVisitors_WhenThePublicArticleBecomesNetworkOnly()
    {
        var (id, word) = (GuidanceSeed.NewId("vn"), GuidanceSeed.NewWord());
        var typo = word[..^1] + (word[^1] == 'x' ? 'y' : 'x');
        await GuidanceSeed.ImportAsync(site, GuidanceSeed.Article(id, null, body: $"Asiakkaan {word} kirjataan."));
        using var anonymous = site.CreateSiteClient();
        var whilePublic = await GuidanceApi.SearchAsync(anonymous.Http, typo);

        await GuidanceSeed.ImportAsync(site, NetworkArticle(id, $"Asiakkaan {word} kirjataan."));
        var afterwards = await GuidanceApi.SearchAsync(anonymous.Http, typo);
        var completed = await GuidanceApi.SearchAsync(anonymous.Http, word[..7]);

        Assert.Equal(word, whilePublic.GetProperty("suggestion").GetString());
        Assert.DoesNotContain(word, afterwards.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(0, afterwards.GetProperty("total").GetInt32());
        Assert.Equal(0, completed.GetProperty("total").GetInt32());
        Assert.False(Known(word, publicOnly: true));
    }

    [Fact]
    public async Task FacetsAndRelatedArticles_ShouldCountOnlyReadableArticles()
    {
        var (network, open, word) = (GuidanceSeed.NewId("vf"), GuidanceSeed.NewId("vf"), GuidanceSeed.NewWord());
        await GuidanceSeed.ImportAsync(site, NetworkArticle(network, $"Verkoston {word} ohje."), GuidanceSeed.Article(open, null, body: $"Julkinen {word} ohje."));
        using var anonymous = site.CreateSiteClient();
        using var member = await site.SignedInClientAsync([Roles.NetworkMember]);

        var visitor = await GuidanceApi.SearchAsync(anonymous.Http, word);
        var forMember = await GuidanceApi.SearchAsync(member.Http, word);
        var (relatedResponse, related) = await anonymous.GetPageAsync($"/guidance/{open}");

        Assert.Equal([open], GuidanceApi.Ids(visitor));
        Assert.Equal(1, FacetTotal(visitor, "topic"));
        Assert.Equal(2, FacetTotal(forMember, "topic"));
        Assert.Equal(HttpStatusCode.OK, relatedResponse.StatusCode);
        Assert.DoesNotContain(network, related.Body!.OuterHtml, StringComparison.Ordinal);
    }

    private static string NetworkArticle(string id, string body) =>
        GuidanceSeed.Article(id, null, body).Replace("\"audience\": \"public\"", "\"audience\": \"network\"", StringComparison.Ordinal);

    private static int FacetTotal(JsonElement result, string facet) =>
        result.GetProperty("facets").GetProperty(facet).EnumerateArray().Sum(f => f.GetProperty("count").GetInt32());

    private IReadOnlyList<string> Completions(string prefix, bool publicOnly) =>
        Vocabulary(new VocabularyNeeds([], prefix), publicOnly).Completions;

    private bool Known(string word, bool publicOnly) =>
        Vocabulary(new VocabularyNeeds([word], null), publicOnly).KnownWords.ContainsKey(word);

    /// <summary>The node's index vocabulary, as the search asks it for a caller who may read public articles only, or all.</summary>
    private VocabularyAnswers Vocabulary(VocabularyNeeds needs, bool publicOnly) =>
        site.Services.GetRequiredService<GuidanceSearchIndex>().Node.Read(searcher => GuidanceIndexSearch.Vocabulary(searcher, needs, publicOnly));
}

public sealed class VocabularyAudienceTestsOnSqlite(SqliteSiteFactory site) : VocabularyAudienceTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class VocabularyAudienceTestsOnPostgres(PostgresSiteFactory site) : VocabularyAudienceTests(site), IClassFixture<PostgresSiteFactory>;
