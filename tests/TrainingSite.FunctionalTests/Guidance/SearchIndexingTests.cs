using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TrainingSite.Abstractions.CommandLine;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Data;
using TrainingSite.Data.Configuration;
using TrainingSite.Guidance.CommandLine;
using TrainingSite.Guidance.Models;
using TrainingSite.Guidance.Search;
using TrainingSite.Guidance.Services;
using TrainingSite.Search.Analysis;
using TrainingSite.Search.LuceneAnalysis;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Guidance;

/// <summary>
/// The node's index follows the database through indexing tasks: written in the publishing transaction, applied
/// here as it commits, applied by the worker when another node wrote them, rebuilt on request, pruned.
/// </summary>
public abstract class SearchIndexingTests(SiteFactory site)
{
    private static readonly TimeSpan WorkerDeadline = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Publish_ShouldWriteItsTaskInTheSameTransaction_SoAFailedTaskLeavesTheArticleUnpublished()
    {
        var (id, word) = (GuidanceSeed.NewId("ot"), GuidanceSeed.NewWord());
        await CreateDraftAsync(id, word);
        await ExecuteAsync(site.Provider == DatabaseProvider.Postgres
            ? """
              CREATE FUNCTION refuse_task() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$;
              CREATE TRIGGER refuse_task BEFORE INSERT ON "GuidanceIndexingTasks" FOR EACH ROW EXECUTE FUNCTION refuse_task();
              """
            : """CREATE TRIGGER refuse_task BEFORE INSERT ON "GuidanceIndexingTasks" BEGIN SELECT RAISE(ABORT, 'refused'); END;""");
        Exception? failure;
        try
        {
            failure = await Record.ExceptionAsync(() => PublishAsync(id));
        }
        finally
        {
            await ExecuteAsync(site.Provider == DatabaseProvider.Postgres
                ? """DROP TRIGGER refuse_task ON "GuidanceIndexingTasks"; DROP FUNCTION refuse_task();"""
                : "DROP TRIGGER refuse_task;");
        }

        var published = await site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>()
            .Set<GuidanceArticleVersion>().AnyAsync(v => v.ArticleId == id && v.IsPublished));
        using var client = site.CreateClient();

        Assert.NotNull(failure);
        Assert.False(published);
        Assert.Empty(await GuidanceIndexData.TasksAsync(site, id));
        Assert.DoesNotContain(id, GuidanceApi.Ids(await GuidanceApi.SearchAsync(client, word)));
    }

    [Fact]
    public async Task Worker_ShouldApplyATaskAnotherNodeWrote_WithinTwoSeconds()
    {
        var (id, word) = (GuidanceSeed.NewId("ow"), GuidanceSeed.NewWord());
        using var client = site.CreateClient();

        await GuidanceIndexData.PublishAsAnotherNodeAsync(site, id, word);
        var took = await SearchPolling.UntilAsync(async () => GuidanceApi.Ids(await GuidanceApi.SearchAsync(client, word)).Contains(id), WorkerDeadline);

        Assert.True(took is not null, $"the worker did not apply the task within {WorkerDeadline}");
    }

    [Fact]
    public async Task Health_ShouldShowTheIndexDocumentsCursorAndLag()
    {
        await GuidanceSeed.ImportAsync(site, GuidanceSeed.Article(GuidanceSeed.NewId("oh"), null));
        using var client = site.CreateClient();

        using var response = await client.GetAsync("/health");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var search = json.RootElement.GetProperty("checks").GetProperty("search");
        var data = search.GetProperty("data");

        Assert.True(data.GetProperty("documents").GetInt32() > 0);
        Assert.True(data.GetProperty("cursor").GetInt64() > 0);
        Assert.Equal(0, data.GetProperty("lag").GetInt64());
        Assert.False(data.GetProperty("rebuilding").GetBoolean());
        Assert.True(data.TryGetProperty("voikko", out _));
        Assert.Contains(search.GetProperty("status").GetString(), new[] { "Healthy", "Degraded" });
    }

    [Fact]
    public async Task Reindex_ShouldRebuildInProcess_AndPrintTheLineTheBenchmarkReads()
    {
        using var output = new StringWriter();
        var documents = GuidanceIndexData.Index(site).Node.State.Documents;

        var exit = await site.WithServiceAsync(services => services.GetServices<ICommandLineVerb>().Single(v => v.Name == "search").RunAsync(["reindex"], output, TextWriter.Null, CancellationToken.None));
        var state = GuidanceIndexData.Index(site).Node.State;
        var request = (await GuidanceIndexData.StateAsync(site))[SearchIndexState.RebuildRequestKey];

        Assert.Equal(0, exit);
        Assert.Matches(@"^Indexed \d+ article translations in \d+ ms\r?\n$", output.ToString());
        Assert.Equal(documents, state.Documents);
        Assert.Equal(request, state.RebuildRequest);
    }

    [Fact]
    public async Task Reindex_ShouldLeaveTheRebuildToTheRunningSite_WhichKeepsAnsweringWhileItRebuilds()
    {
        var (id, word) = (GuidanceSeed.NewId("or"), GuidanceSeed.NewWord());
        await GuidanceSeed.ImportAsync(site, GuidanceSeed.Article(id, null, body: $"Uudelleen {word} rakennettava."));
        using var output = new StringWriter();
        using var client = site.CreateClient();
        var running = GuidanceIndexData.Index(site);

        // The command line's own process: the running site holds the index folder.
        using var commandLine = new GuidanceSearchIndex(
            site.Services.GetRequiredService<IServiceScopeFactory>(), site.Services.GetRequiredService<GuidanceAnalyzers>(),
            Options.Create(new SearchOptions { IndexFolder = running.Folder }), site.Services.GetRequiredService<IHostEnvironment>(),
            NullLogger<GuidanceSearchIndex>.Instance);
        var exit = await site.WithServiceAsync(services => new SearchVerb(services.GetRequiredService<TrainingDbContext>(), commandLine, services.GetRequiredService<TextAnalyzer>())
            .RunAsync(["reindex"], output, TextWriter.Null, CancellationToken.None));
        var request = (await GuidanceIndexData.StateAsync(site))[SearchIndexState.RebuildRequestKey];
        var answered = new List<bool>();
        var rebuilt = await SearchPolling.UntilAsync(
            async () =>
            {
                answered.Add(GuidanceApi.Ids(await GuidanceApi.SearchAsync(client, word)).Contains(id));
                return running.Node.State is { RebuildRequest: var honoured, Rebuilding: false } && honoured == request;
            },
            TimeSpan.FromSeconds(30));

        Assert.Equal(0, exit);
        Assert.Contains("running site", output.ToString(), StringComparison.Ordinal);
        Assert.True(rebuilt is not null, "the running site did not honour the rebuild request");
        Assert.All(answered, Assert.True);
        Assert.Contains(id, GuidanceApi.Ids(await GuidanceApi.SearchAsync(client, word)));
    }

    [Fact]
    public async Task Prune_ShouldDeleteTasksOlderThanTheRetention_AndRecordTheLastOne()
    {
        var (old, recent) = (GuidanceSeed.NewId("oo"), GuidanceSeed.NewId("on"));
        var oldTask = await GuidanceIndexData.AddTaskAsync(site, old, DateTime.UtcNow.AddDays(-8));
        await GuidanceIndexData.AddTaskAsync(site, recent, DateTime.UtcNow);

        // The worker prunes on its first round too, which may run now: the outcome is checked, not who pruned.
        await GuidanceIndexData.Index(site).PruneAsync(DateTime.UtcNow, CancellationToken.None);
        var state = await GuidanceIndexData.StateAsync(site);

        Assert.Empty(await GuidanceIndexData.TasksAsync(site, old));
        Assert.Single(await GuidanceIndexData.TasksAsync(site, recent));
        Assert.True(SearchStateValues.Number(state, SearchIndexState.PrunedThroughKey) >= oldTask);
    }

    [Fact]
    public async Task Worker_ShouldRebuild_WhenANodeStartsBehindTasksThatWerePruned()
    {
        var (id, word) = (GuidanceSeed.NewId("ob"), GuidanceSeed.NewWord());
        var folder = Path.Combine(Path.GetTempPath(), "trainingsite-tests", "search-" + Guid.NewGuid().ToString("N"));
        try
        {
            // A second node builds its index, stops; meanwhile an article is published and its task pruned.
            await using (var stopped = new SiteOnDatabase(site.Database) { IndexFolder = folder })
            {
                _ = stopped.Services;
            }

            await GuidanceSeed.ImportAsync(site, GuidanceSeed.Article(id, null, body: $"Karsittu {word} ohje."));
            await GuidanceIndexData.Index(site).PruneAsync(DateTime.UtcNow.AddDays(30), CancellationToken.None);
            var prunedThrough = SearchStateValues.Number(await GuidanceIndexData.StateAsync(site), SearchIndexState.PrunedThroughKey);

            await using var restarted = new SiteOnDatabase(site.Database) { IndexFolder = folder };
            using var client = restarted.CreateClient();
            var index = GuidanceIndexData.Index(restarted);
            var rebuilt = await SearchPolling.UntilAsync(async () => GuidanceApi.Ids(await GuidanceApi.SearchAsync(client, word)).Contains(id), TimeSpan.FromSeconds(30));

            Assert.True(rebuilt is not null, "the node did not rebuild after missing pruned tasks");
            Assert.True(index.Node.State.Cursor >= prunedThrough);
            Assert.Null(await index.RebuildReasonAsync(CancellationToken.None));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
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

    private Task<int> ExecuteAsync(string sql) =>
        site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Database.ExecuteSqlRawAsync(sql));

    private static LocalizedText Text(string fi) => new(new Dictionary<string, string> { ["fi"] = fi });

    private static ContentAuthor Author => new("test-author", "Testaaja");
}

public sealed class SearchIndexingTestsOnSqlite(SqliteSiteFactory site) : SearchIndexingTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class SearchIndexingTestsOnPostgres(PostgresSiteFactory site) : SearchIndexingTests(site), IClassFixture<PostgresSiteFactory>;
