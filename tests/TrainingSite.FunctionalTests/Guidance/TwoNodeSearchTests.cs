using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Guidance.Services;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Guidance;

/// <summary>
/// Two nodes on one PostgreSQL database, each with its own index folder (issue 13): a change on either is found
/// on the other within 2 s, through the indexing tasks, and a node started on an empty folder answers as the others.
/// </summary>
public sealed class TwoNodeSearchTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(2);

    private readonly PostgresSiteFactory _first = new();
    private SiteOnDatabase? _second;

    private SiteOnDatabase Second => _second ?? throw new InvalidOperationException("Not initialised.");

    public async Task InitializeAsync()
    {
        await _first.InitializeAsync();
        _second = new SiteOnDatabase(_first.Database);
        _ = _second.Services;
    }

    public async Task DisposeAsync()
    {
        if (_second is not null)
        {
            await _second.DisposeAsync();
        }

        await _first.DisposeAsync();
    }

    [Fact]
    public async Task PublishedOnOneNode_ShouldBeFoundOnTheOther_AndDeletedOnTheOther_ShouldBeGoneFromTheFirst_WithinTwoSeconds()
    {
        var (id, word) = (GuidanceSeed.NewId("tn"), GuidanceSeed.NewWord());
        using var onFirst = _first.CreateClient();
        using var onSecond = Second.CreateClient();
        Assert.NotEqual(GuidanceIndexData.Index(_first).Folder, GuidanceIndexData.Index(Second).Folder);

        await GuidanceSeed.ImportAsync(_first, GuidanceSeed.Article(id, null, body: $"Kahden solmun {word} ohje."));
        var foundOnSecond = await SearchPolling.UntilAsync(async () => GuidanceApi.Ids(await GuidanceApi.SearchAsync(onSecond, word)).Contains(id), Deadline);
        await Second.WithServiceAsync(async services =>
        {
            var authoring = services.GetRequiredService<GuidanceAuthoring>();
            await authoring.DeleteAsync((await authoring.LoadAsync(id, CancellationToken.None))!, CancellationToken.None);
            return true;
        });
        var goneFromSecond = GuidanceApi.Ids(await GuidanceApi.SearchAsync(onSecond, word));
        var goneFromFirst = await SearchPolling.UntilAsync(async () => !GuidanceApi.Ids(await GuidanceApi.SearchAsync(onFirst, word)).Contains(id), Deadline);

        Assert.True(foundOnSecond is not null, $"the article published on the first node was not found on the second within {Deadline}");
        Assert.Empty(goneFromSecond);
        Assert.True(goneFromFirst is not null, $"the article deleted on the second node was still found on the first after {Deadline}");
    }

    [Fact]
    public async Task NodeStartedWithAnEmptyIndexFolder_ShouldCatchUp_AndAnswerAsTheOtherNode()
    {
        var (id, word) = (GuidanceSeed.NewId("te"), GuidanceSeed.NewWord());
        await GuidanceSeed.ImportAsync(_first, GuidanceSeed.Article(id, "espoo", body: $"Myöhään {word} aloittanut."));
        await using var third = new SiteOnDatabase(_first.Database);
        using var onFirst = await _first.SignedInClientAsync([TrainingSite.Abstractions.Permissions.Roles.NetworkMember]);
        using var onThird = await third.SignedInClientAsync([TrainingSite.Abstractions.Permissions.Roles.NetworkMember]);
        var queries = new[] { word, "asumistuki", "toimeentulotuki hakeminen", "päivähoito", "kela", string.Empty };

        foreach (var query in queries)
        {
            var expected = Comparable(await GuidanceApi.SearchAsync(onFirst.Http, query, "fi", "&pageSize=20"));
            var actual = Comparable(await GuidanceApi.SearchAsync(onThird.Http, query, "fi", "&pageSize=20"));

            Assert.Equal(expected, actual);
        }

        Assert.Contains(id, GuidanceApi.Ids(await GuidanceApi.SearchAsync(onThird.Http, word)));
        Assert.Equal(GuidanceIndexData.Index(_first).Node.State.Documents, GuidanceIndexData.Index(third).Node.State.Documents);
    }

    [Fact]
    public async Task Worker_ShouldKeepTheNodeUpAndAnswering_WhenTheDatabaseGoesAway_AndSayItOnce()
    {
        using var client = _first.CreateClient();
        var before = GuidanceApi.Ids(await GuidanceApi.SearchAsync(client, "asumistuki"));
        var name = new Npgsql.NpgsqlConnectionStringBuilder(_first.Database.ConnectionString).Database!;

        await DropAsync(name);
        await SearchPolling.UntilAsync(() => Task.FromResult(WorkerWarnings() > 0), TimeSpan.FromSeconds(5));
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // three more rounds of the worker, which must not warn again
        using var health = await client.GetAsync("/health");

        Assert.NotEmpty(before);
        Assert.Equal(1, WorkerWarnings());
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, health.StatusCode);
    }

    private static async Task DropAsync(string database)
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        await using var server = new Npgsql.NpgsqlConnection(TestDatabase.ServerConnectionString());
        await server.OpenAsync();
        await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE \"{database}\" WITH (FORCE)", server);
        await drop.ExecuteNonQueryAsync();
    }

    private int WorkerWarnings() =>
        _first.Logs.Entries.Count(e => e.Category.EndsWith("SearchIndexWorker", StringComparison.Ordinal) && e.Level == Microsoft.Extensions.Logging.LogLevel.Warning);

    /// <summary>Ids, scores and counts of a result: snippets and URLs follow from them.</summary>
    private static string Comparable(JsonElement result) => JsonSerializer.Serialize(new
    {
        total = result.GetProperty("total").GetInt32(),
        hits = result.GetProperty("hits").EnumerateArray().Select(h => $"{h.GetProperty("id").GetString()}:{h.GetProperty("language").GetString()}:{h.GetProperty("score").GetDouble():F4}").ToList(),
        facets = result.GetProperty("facets").GetRawText(),
    });
}
