using System.Text.Json;
using TrainingSite.Search.Analysis;
using TrainingSite.Search.Querying;
using TrainingSite.Search.Scoring;

namespace TrainingSite.Search.Tests.Quality;

/// <summary>
/// The shipped guidance articles indexed in memory with the site's own analysis, planning and scoring: the
/// database engines only store terms and answer which documents hold them, so this measures the analysis
/// itself, quickly, and lets a test compare variants (without Voikko, without Snowball).
/// </summary>
internal sealed class InMemoryGuidanceIndex
{
    private readonly TextAnalyzer _analyzer;
    private readonly QueryPlanner _planner;
    private readonly PhraseMatcher _phrases;
    private readonly List<((int Id, string ArticleId, string Language, string? RegionId, string TopicId) Document, HashSet<string> Terms, string Text)> _documents = [];
    private readonly Dictionary<string, VocabularyWord> _vocabulary = new(StringComparer.Ordinal);

    public InMemoryGuidanceIndex(TextAnalyzer analyzer, string recipePath)
    {
        (_analyzer, _planner, _phrases) = (analyzer, new QueryPlanner(analyzer), new PhraseMatcher(analyzer));
        using var recipe = JsonDocument.Parse(File.ReadAllText(recipePath));
        var articles = recipe.RootElement.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("step").GetString() == "guidance").GetProperty("articles");
        var id = 0;
        foreach (var article in articles.EnumerateArray())
        {
            var tags = article.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!).ToList();
            foreach (var title in article.GetProperty("title").EnumerateObject())
            {
                var body = article.GetProperty("body").GetProperty(title.Name).GetString()!;
                var indexed = analyzer.AnalyzeDocument(title.Name, title.Value.GetString()!, tags, body);
                var region = article.TryGetProperty("region", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
                var document = (Id: ++id, ArticleId: article.GetProperty("id").GetString()!, Language: title.Name, RegionId: region, TopicId: article.GetProperty("topic").GetString()!);
                _documents.Add((document, indexed.Terms.ToHashSet(StringComparer.Ordinal), $"{title.Value.GetString()}\n{string.Join(", ", tags)}\n{body}"));
                foreach (var (folded, display) in indexed.Words)
                {
                    _vocabulary[folded] = new VocabularyWord(_vocabulary.GetValueOrDefault(folded)?.Display ?? display, (_vocabulary.GetValueOrDefault(folded)?.Documents ?? 0) + 1);
                }
            }
        }
    }

    public IReadOnlyList<string> Search(string text, string language)
    {
        var query = QueryParser.Parse(text);
        var needs = QueryPlanner.Needs(query);
        var known = needs.TypoCandidates.Where(_vocabulary.ContainsKey).ToDictionary(w => w, w => _vocabulary[w], StringComparer.Ordinal);
        var completions = needs.Prefix is { } prefix
            ? _vocabulary.Where(w => w.Key.StartsWith(prefix, StringComparison.Ordinal) && w.Key != prefix)
                .OrderByDescending(w => w.Value.Documents).ThenBy(w => w.Key, StringComparer.Ordinal).Take(SearchVocabularyLimit).Select(w => w.Key).ToList()
            : [];
        var plan = _planner.Plan(query, new VocabularyAnswers(known, completions));
        var candidates = new List<CandidateDocument>();
        foreach (var (document, terms, _) in _documents)
        {
            var candidate = new CandidateDocument(document.Id, document.ArticleId, document.Language, document.RegionId, document.TopicId, plan.Index);
            foreach (var term in plan.Index.All.Where(terms.Contains))
            {
                candidate.Add(term);
            }

            if (!candidate.IsEmpty)
            {
                candidates.Add(candidate);
            }
        }

        IEnumerable<ScoredDocument> scored = DocumentScorer.Score(plan, candidates, _documents.Count);
        if (plan.Phrases.Count > 0)
        {
            var texts = _documents.ToDictionary(d => d.Document.Id, d => d.Text);
            scored = scored.Where(s => plan.Phrases.All(p => _phrases.Contains(s.Document.Language, texts[s.Document.Id], p)));
        }

        return ArticleRanking.Rank(scored, language).Select(a => a.ArticleId).ToList();
    }

    /// <summary>As many completions as the site's vocabulary gives (SearchVocabulary.MaxCompletions).</summary>
    private const int SearchVocabularyLimit = 12;

    public TextAnalyzer Analyzer => _analyzer;
}
