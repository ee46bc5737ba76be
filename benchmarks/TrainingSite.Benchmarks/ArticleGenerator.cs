namespace TrainingSite.Benchmarks;

/// <summary>
/// Generates articles like the shipped ones: each takes a random shipped article as its template for region,
/// topic, audience, tags and languages (national in fi/sv/en, regional in fi/en, as shipped), so those are
/// distributed as in the shipped set, and gets new Markov text in each of its languages.
/// </summary>
public sealed class ArticleGenerator(IReadOnlyList<ShippedArticle> shipped, int seed)
{
    private readonly MarkovText _text = new(shipped);
    private readonly Random _random = new(seed);

    public MarkovText Text => _text;

    public IEnumerable<GeneratedArticle> Generate(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            var template = shipped[_random.Next(shipped.Count)];
            var languages = template.Body.Keys.ToList();
            yield return new GeneratedArticle(
                $"bench-article-{i:000000}",
                template.Region,
                template.Topic,
                template.Audience,
                template.Tags,
                languages.ToDictionary(l => l, l => _text.Title(l, _random), StringComparer.Ordinal),
                languages.ToDictionary(l => l, l => _text.Body(l, _random), StringComparer.Ordinal));
        }
    }
}
