using System.Text.Json;
using TrainingSite.Search.Analysis;
using TrainingSite.Search.Engine;
using TrainingSite.Search.LuceneAnalysis;
using TrainingSite.Search.Querying;

namespace TrainingSite.Search.Tests.Quality;

/// <summary>
/// The shipped guidance articles in a Lucene index of their own (a temporary folder), searched with the site's
/// own analysis, planning and engine, without the site and database around them: this measures the analysis and
/// the engine quickly and lets a test compare variants (without Voikko, without Snowball).
/// </summary>
internal sealed class InMemoryGuidanceIndex : IDisposable
{
    private static readonly SearchFilter Everyone = new(["public", "network"], null, null, null);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ts-quality-" + Guid.NewGuid().ToString("N"));
    private readonly GuidanceAnalyzers _analyzers;
    private readonly SearchIndexNode _node;
    private readonly QueryPlanner _planner;
    private readonly GuidanceIndexSearch _search;

    public InMemoryGuidanceIndex(TextAnalyzer analyzer, string recipePath)
    {
        Analyzer = analyzer;
        (_planner, _search, _analyzers) = (new QueryPlanner(analyzer), new GuidanceIndexSearch(analyzer), new GuidanceAnalyzers(analyzer));
        _node = new SearchIndexNode(_folder, _analyzers);
        using var build = _node.BeginRebuild()!;
        build.Add(Translations(recipePath));
        build.Complete(cursor: 0);
    }

    public TextAnalyzer Analyzer { get; }

    public IReadOnlyList<string> Search(string text, string language)
    {
        var query = QueryParser.Parse(text);
        return _node.Read(searcher =>
        {
            var vocabulary = GuidanceIndexSearch.Vocabulary(searcher, QueryPlanner.Needs(query), publicOnly: false);
            var plan = _planner.Plan(query, vocabulary);
            return _search.Search(searcher, plan, Everyone, language, 0, 10).Page.Select(m => m.ArticleId).ToList();
        });
    }

    public void Dispose()
    {
        _node.Dispose();
        _analyzers.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static List<IndexedTranslation> Translations(string recipePath)
    {
        using var recipe = JsonDocument.Parse(File.ReadAllText(recipePath));
        var articles = recipe.RootElement.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("step").GetString() == "guidance").GetProperty("articles");
        var translations = new List<IndexedTranslation>();
        foreach (var article in articles.EnumerateArray())
        {
            var tags = article.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!).ToList();
            var region = article.TryGetProperty("region", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
            var audience = article.TryGetProperty("audience", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString()! : "public";
            foreach (var title in article.GetProperty("title").EnumerateObject())
            {
                var body = article.GetProperty("body").GetProperty(title.Name).GetString()!;
                translations.Add(new IndexedTranslation(article.GetProperty("id").GetString()!, title.Name, region, article.GetProperty("topic").GetString()!, audience, title.Value.GetString()!, tags, body));
            }
        }

        return translations;
    }
}
