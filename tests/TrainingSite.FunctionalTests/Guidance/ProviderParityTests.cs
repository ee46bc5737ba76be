using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Guidance.Search;
using TrainingSite.Search.Analysis;
using TrainingSite.Search.Evaluation;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Guidance;

/// <summary>
/// A site on SQLite and one on PostgreSQL give the same results (each node's Lucene index is built from its database): the same articles in the same
/// order with the same scores and facet counts, for every judged query, as the same network member.
/// </summary>
public sealed class ProviderParityTests(SqliteSiteFactory sqlite, PostgresSiteFactory postgres)
    : IClassFixture<SqliteSiteFactory>, IClassFixture<PostgresSiteFactory>
{
    [Fact]
    public async Task EveryJudgedQuery_ShouldGiveTheSameResults_OnSqliteAndPostgres()
    {
        var set = JudgedQuerySet.Load(RepositoryPaths.JudgedQueries);
        using var onSqlite = await SignedInAsync(sqlite);
        using var onPostgres = await SignedInAsync(postgres);

        foreach (var query in set.Queries)
        {
            var left = await GuidanceApi.SearchAsync(onSqlite.Http, query.Q, query.Lang, "&pageSize=20");
            var right = await GuidanceApi.SearchAsync(onPostgres.Http, query.Q, query.Lang, "&pageSize=20");

            Assert.Equal(Comparable(left), Comparable(right));
        }
    }

    [Fact]
    public async Task Health_ShouldReportSearchDegraded_WhenAnAnalysisLibraryIsMissing()
    {
        using var analyzer = new TextAnalyzer(useSnowball: true, useVoikko: false);
        var index = sqlite.Services.GetRequiredService<GuidanceSearchIndex>();

        var result = await new SearchHealthCheck(analyzer, index).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Contains("voikko", result.Description, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<SiteClient> SignedInAsync(SiteFactory site)
    {
        await site.CreateUserAsync("parity@example.fi", [Roles.NetworkMember]);
        var client = site.CreateSiteClient();
        await client.SignInAsync("parity@example.fi", SiteFactory.DefaultPassword);
        return client;
    }

    /// <summary>Ids, scores and counts: snippets and URLs follow from them.</summary>
    private static string Comparable(JsonElement result) => JsonSerializer.Serialize(new
    {
        total = result.GetProperty("total").GetInt32(),
        hits = result.GetProperty("hits").EnumerateArray().Select(h => $"{h.GetProperty("id").GetString()}:{h.GetProperty("language").GetString()}:{h.GetProperty("score").GetDouble():F4}").ToList(),
        facets = result.GetProperty("facets").GetRawText(),
    });
}
