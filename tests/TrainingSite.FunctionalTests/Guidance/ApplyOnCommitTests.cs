using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Guidance.Models;
using TrainingSite.Guidance.Services;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Guidance;

/// <summary>
/// The node that publishes applies its indexing tasks as the transaction commits, so the author finds the change in
/// the next search. The background worker is slowed to once an hour here, so nothing else could have applied them.
/// </summary>
public abstract class ApplyOnCommitTests(SiteFactory site)
{
    [Fact]
    public async Task Publish_ShouldWriteOneTask_AndBeFoundInTheNextSearchOnTheSameNode()
    {
        var (id, word) = (GuidanceSeed.NewId("op"), GuidanceSeed.NewWord());
        await CreateDraftAsync(id, word);
        using var client = site.CreateClient();

        await PublishAsync(id);
        var found = GuidanceApi.Ids(await GuidanceApi.SearchAsync(client, word));

        Assert.Single(await GuidanceIndexData.TasksAsync(site, id));
        Assert.Equal([id], found);
    }

    [Fact]
    public async Task Delete_ShouldTakeTheArticleOutOfTheNextSearch()
    {
        var (id, word) = (GuidanceSeed.NewId("od"), GuidanceSeed.NewWord());
        await GuidanceSeed.ImportAsync(site, GuidanceSeed.Article(id, null, body: $"Poistettava {word} ohje."));
        using var client = site.CreateClient();
        var before = GuidanceApi.Ids(await GuidanceApi.SearchAsync(client, word));

        await site.WithServiceAsync(async services =>
        {
            var authoring = services.GetRequiredService<GuidanceAuthoring>();
            await authoring.DeleteAsync((await authoring.LoadAsync(id, CancellationToken.None))!, CancellationToken.None);
            return true;
        });
        var after = await GuidanceApi.SearchAsync(client, word);

        Assert.Equal([id], before);
        Assert.Empty(GuidanceApi.Ids(after));
        Assert.Equal(0, after.GetProperty("total").GetInt32());
        Assert.Equal(2, (await GuidanceIndexData.TasksAsync(site, id)).Count);
    }

    [Fact]
    public async Task RecipeImport_ShouldBeFoundInTheNextSearch_AsItsTransactionCommits()
    {
        var (id, word) = (GuidanceSeed.NewId("oi"), GuidanceSeed.NewWord());
        using var client = site.CreateClient();

        await GuidanceSeed.ImportAsync(site, GuidanceSeed.Article(id, null, body: $"Tuotu {word} ohje."));
        var found = GuidanceApi.Ids(await GuidanceApi.SearchAsync(client, word));

        Assert.Equal([id], found);
    }

    [Fact]
    public async Task AnotherNodesTask_ShouldWaitForTheWorker_SoTheTestsAboveProveTheCommitPath()
    {
        var (id, word) = (GuidanceSeed.NewId("ox"), GuidanceSeed.NewWord());
        using var client = site.CreateClient();

        await GuidanceIndexData.PublishAsAnotherNodeAsync(site, id, word);
        var applied = await SearchPolling.UntilAsync(async () => GuidanceApi.Ids(await GuidanceApi.SearchAsync(client, word)).Contains(id), TimeSpan.FromSeconds(1.5));

        Assert.Null(applied);
    }

    private Task<string> CreateDraftAsync(string id, string word) =>
        site.WithServiceAsync(services => services.GetRequiredService<GuidanceAuthoring>().CreateAsync(
            id, null, new ArticleDraft(Text("Ohje " + id), Text($"Julkaistava {word} ohje."), "housing", GuidanceAudience.Public, []), Author, CancellationToken.None));

    private Task<bool> PublishAsync(string id) =>
        site.WithServiceAsync(async services =>
        {
            var authoring = services.GetRequiredService<GuidanceAuthoring>();
            return await authoring.PublishAsync((await authoring.LoadAsync(id, CancellationToken.None))!, Author, CancellationToken.None);
        });

    private static LocalizedText Text(string fi) => new(new Dictionary<string, string> { ["fi"] = fi });

    private static ContentAuthor Author => new("test-author", "Testaaja");
}

/// <summary>A site whose background worker runs at start-up and then once an hour.</summary>
public sealed class SqliteSiteWithSlowWorker : SqliteSiteFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Search:PollInterval"] = "01:00:00" };
}

/// <summary>A site whose background worker runs at start-up and then once an hour.</summary>
public sealed class PostgresSiteWithSlowWorker : PostgresSiteFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Search:PollInterval"] = "01:00:00" };
}

public sealed class ApplyOnCommitTestsOnSqlite(SqliteSiteWithSlowWorker site) : ApplyOnCommitTests(site), IClassFixture<SqliteSiteWithSlowWorker>;

public sealed class ApplyOnCommitTestsOnPostgres(PostgresSiteWithSlowWorker site) : ApplyOnCommitTests(site), IClassFixture<PostgresSiteWithSlowWorker>;
