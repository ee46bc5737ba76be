using TrainingSite.Abstractions.Permissions;
using TrainingSite.Search.Evaluation;
using TrainingSite.Testing;
using Xunit.Abstractions;

namespace TrainingSite.FunctionalTests.Guidance;

/// <summary>
/// The judged query set (tests/search-quality) over the shipped guidance content, through the JSON API as a
/// network member: the search must keep recall@10 ≥ 0.97 and MRR ≥ 0.90, and give the same results on both providers.
/// </summary>
public abstract class SearchQualityTests(SiteFactory site, ITestOutputHelper output)
{
    public const double MinimumRecall = 0.97;
    public const double MinimumMeanReciprocalRank = 0.90;

    [Fact]
    public async Task JudgedQueries_ShouldReachTheQualityBar_WhenSearchedThroughTheApi()
    {
        // Arrange
        var set = JudgedQuerySet.Load(RepositoryPaths.JudgedQueries);
        await site.CreateUserAsync("quality@example.fi", [Roles.NetworkMember, Roles.Learner]);
        using var client = site.CreateSiteClient();
        await client.SignInAsync("quality@example.fi", SiteFactory.DefaultPassword);

        // Act
        var quality = await SearchQuality.MeasureAsync(set, async query =>
            GuidanceApi.Ids(await GuidanceApi.SearchAsync(client.Http, query.Q, query.Lang, "&pageSize=10")));

        // Assert
        output.WriteLine(quality.Report(site.Provider.ToString()));
        output.WriteLine(quality.Misses());
        Assert.True(set.Queries.Count >= 40, "the judged set needs at least 40 queries");
        Assert.True(quality.Recall >= MinimumRecall, $"recall@10 {quality.Recall:F3} < {MinimumRecall}\n{quality.Misses()}");
        Assert.True(quality.MeanReciprocalRank >= MinimumMeanReciprocalRank, $"MRR {quality.MeanReciprocalRank:F3} < {MinimumMeanReciprocalRank}\n{quality.Misses()}");
    }
}

public sealed class SearchQualityTestsOnSqlite(SqliteSiteFactory site, ITestOutputHelper output) : SearchQualityTests(site, output), IClassFixture<SqliteSiteFactory>;

public sealed class SearchQualityTestsOnPostgres(PostgresSiteFactory site, ITestOutputHelper output) : SearchQualityTests(site, output), IClassFixture<PostgresSiteFactory>;
