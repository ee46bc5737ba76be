using System.Text.Json.Nodes;
using Npgsql;
using TrainingSite.Search.Evaluation;

namespace TrainingSite.Benchmarks;

/// <summary>
/// Search quality over the shipped guidance: the judged query set through the site's search API on SQLite and
/// on PostgreSQL, beside PostgreSQL's built-in text search on the same translations (all words required, and
/// any word), as recall@10 and MRR overall and per kind of query.
/// </summary>
public static class SearchQualityBenchmark
{
    public static async Task<int> RunAsync()
    {
        var set = JudgedQuerySet.Load(ShippedGuidance.QueriesPath);
        var columns = new List<(string Name, SearchQuality Quality)>
        {
            ("SQLite, site analysis", await MeasureSiteAsync("sqlite", set, null)),
        };
        await MeasureSiteAsync("postgres", set, columns);

        Console.WriteLine();
        Console.WriteLine($"{set.Queries.Count} judged queries over the shipped guidance ({ShippedGuidance.Articles().Count} articles), signed in as a network member; recall@10 / MRR");
        Console.WriteLine(QualityTable.Format(columns));
        foreach (var (name, quality) in columns)
        {
            Console.WriteLine(quality.Report(name));
        }

        return 0;
    }

    /// <summary>
    /// The site on a fresh database of <paramref name="provider"/> with the shipped recipe; on PostgreSQL the
    /// same database then holds the built-in baseline's scratch table, whose two columns go into <paramref name="columns"/>.
    /// </summary>
    private static async Task<SearchQuality> MeasureSiteAsync(string provider, JudgedQuerySet set, List<(string, SearchQuality)>? columns)
    {
        await using var database = await BenchmarkDatabase.CreateAsync(provider);
        Console.WriteLine($"{database.Provider}: importing the shipped guidance and indexing it ...");
        await BenchmarkSeed.ImportAsync(database, JsonNode.Parse(await File.ReadAllTextAsync(ShippedGuidance.RecipePath))!.AsObject());
        Console.Write(await SiteProcess.RunVerbAsync(database, "search", "reindex"));
        await NetworkMember.SeedAsync(database);
        SearchQuality site;
        await using (var process = await SiteProcess.StartAsync(database, 6300 + Random.Shared.Next(300)))
        {
            using var member = await NetworkMember.SignInAsync(process.Url);
            var client = new SiteSearchClient(member);
            site = await SearchQuality.MeasureAsync(set, query => client.SearchAsync(query.Q, query.Lang));
        }

        if (columns is null)
        {
            return site;
        }

        columns.Add(($"{database.Provider}, site analysis", site));
        await using var connection = (NpgsqlConnection)database.Open();
        var builtIn = new BuiltInPostgresSearch(connection);
        await builtIn.LoadAsync(ShippedGuidance.Articles());
        columns.Add(("PG built-in, all words", await SearchQuality.MeasureAsync(set, q => builtIn.SearchAsync(BuiltInPostgresSearch.AllWords, q.Q, q.Lang))));
        columns.Add(("PG built-in, any word", await SearchQuality.MeasureAsync(set, q => builtIn.SearchAsync(BuiltInPostgresSearch.AnyWord, q.Q, q.Lang))));
        return site;
    }
}
