using TrainingSite.Search.Engine;
using TrainingSite.Search.LuceneAnalysis;
using TrainingSite.Search.Querying;

namespace TrainingSite.Search.Tests.Engine;

/// <summary>
/// A node's guidance index in a temporary folder (deleted on dispose), searched as the site searches it: the
/// text through <see cref="QueryParser"/>, the vocabulary of the caller's audience, <see cref="QueryPlanner"/>
/// and <see cref="GuidanceIndexSearch"/>.
/// </summary>
public sealed class TestIndex : IDisposable
{
    public const string PublicAudience = "public";
    public const string NetworkAudience = "network";

    private readonly QueryPlanner _planner;
    private readonly GuidanceIndexSearch _search;

    public TestIndex(AnalysisFixture analysis, GuidanceAnalyzers? analyzers = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "trainingsite-search-tests", Guid.NewGuid().ToString("N"));
        Node = new SearchIndexNode(Folder, analyzers ?? analysis.Analyzers);
        _planner = new QueryPlanner(analysis.Analysis);
        _search = new GuidanceIndexSearch(analysis.Analysis);
    }

    /// <summary>A signed-in counsellor: public and network articles.</summary>
    public static SearchFilter Everyone { get; } = new([PublicAudience, NetworkAudience], null, null, null);

    /// <summary>An anonymous visitor: public articles only.</summary>
    public static SearchFilter PublicOnly { get; } = new([PublicAudience], null, null, null);

    public string Folder { get; }

    public SearchIndexNode Node { get; private set; }

    public static IndexedTranslation Translation(
        string article, string title, string text, string language = "fi", string? region = null, string topic = "housing", string audience = PublicAudience) =>
        new(article, language, region, topic, audience, title, [], text);

    /// <summary>Builds the index as a node's first start does (<see cref="IndexBuild"/>), with the given cursor.</summary>
    public TestIndex Build(params IndexedTranslation[] translations) => BuildAt(0, translations);

    public TestIndex BuildAt(long cursor, params IndexedTranslation[] translations)
    {
        using var build = Node.BeginRebuild() ?? throw new InvalidOperationException("A rebuild is already running.");
        build.Add(translations);
        build.Complete(cursor);
        return this;
    }

    /// <summary>
    /// Builds an empty index and applies the translations in one update (one segment, as a single writer thread
    /// writes them), so that later deletions leave deleted documents beside live ones in the same segment.
    /// </summary>
    public TestIndex BuildInOneSegment(params IndexedTranslation[] translations)
    {
        Build();
        Apply(1, translations);
        return this;
    }

    /// <summary>Replaces the articles of the translations given (an article id with no translation: deleted).</summary>
    public void Apply(long cursor, params IndexedTranslation[] translations) =>
        Node.Apply([.. translations.GroupBy(t => t.ArticleId).Select(article => new ArticleUpdate(article.Key, [.. article]))], cursor);

    public void Delete(long cursor, string articleId) => Node.Apply([new ArticleUpdate(articleId, [])], cursor);

    /// <summary>Searches as the site does; end the text with a space unless the last word should also be completed.</summary>
    public ArticleMatches Search(string text, string language = "fi", SearchFilter? filter = null, int skip = 0, int take = 10)
    {
        var query = QueryParser.Parse(text);
        var chosen = filter ?? Everyone;
        return Node.Read(searcher =>
        {
            var vocabulary = GuidanceIndexSearch.Vocabulary(searcher, QueryPlanner.Needs(query), publicOnly: !chosen.Audiences.Contains(NetworkAudience));
            return _search.Search(searcher, _planner.Plan(query, vocabulary), chosen, language, skip, take);
        });
    }

    public VocabularyAnswers Vocabulary(IReadOnlyList<string> words, string? prefix, bool publicOnly, IReadOnlyList<string>? correctIfUnknown = null) =>
        Node.Read(searcher => GuidanceIndexSearch.Vocabulary(searcher, new VocabularyNeeds(words, prefix, correctIfUnknown), publicOnly));

    public ArticleMatches Browse(string language = "fi", SearchFilter? filter = null, int skip = 0, int take = 10) =>
        Node.Read(searcher => GuidanceIndexSearch.Browse(searcher, filter ?? Everyone, language, skip, take));

    /// <summary>Closes the node and opens a new one on the same folder, as a restarted process does.</summary>
    public void Reopen(GuidanceAnalyzers analyzers)
    {
        Node.Dispose();
        Node = new SearchIndexNode(Folder, analyzers);
    }

    public void Dispose()
    {
        Node.Dispose();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
