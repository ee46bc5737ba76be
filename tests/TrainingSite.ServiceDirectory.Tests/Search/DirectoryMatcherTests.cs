using TrainingSite.Abstractions.Guidance;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Search.Analysis;
using TrainingSite.Search.Querying;
using TrainingSite.ServiceDirectory.Models;
using TrainingSite.ServiceDirectory.Search;
using TrainingSite.ServiceDirectory.Services;

namespace TrainingSite.ServiceDirectory.Tests.Search;

/// <summary>Words against an index of three points, with the guidance search's analysis: every word required, the name weighing most.</summary>
public sealed class DirectoryMatcherTests : IDisposable
{
    private readonly TextAnalyzer _analyzer = new();
    private readonly DirectoryIndex _index;
    private readonly QueryPlanner _planner;

    public DirectoryMatcherTests()
    {
        _planner = new QueryPlanner(_analyzer);
        var builder = new DirectoryIndexBuilder(_analyzer);
        var topics = new[] { new TopicInfo("housing", new LocalizedText(new Dictionary<string, string> { ["fi"] = "Asuminen", ["en"] = "Housing" })) };
        var topicNames = topics.ToDictionary(t => t.Id, t => t.Name);
        PublishedServicePoint[] points =
            [
                Point("tax", "Verotoimisto Kokkola", notes: "Verokortti ja verotus."),
                Point("welcome", "Welcome Office Kokkola", notes: "Neuvontaa verotuksesta maahanmuuttajille."),
                Point("library", "Kirjaston neuvonta", topic: "housing"),
                Point("notes", "Kaupungin palvelupiste", notes: "Kirjaston neuvonta tiistaisin."),
            ];
        _index = DirectoryIndexBuilder.Build(
            new DirectoryStamp(4, 10, string.Empty),
            [.. points.Select(p => new DirectoryEntry(p, builder.Analyse(p.Version, topicNames, (kind, language) => kind)))],
            [],
            topics);
    }

    [Theory]
    [InlineData("verotus", new[] { "tax", "welcome" })]
    [InlineData("verotus maahanmuuttajat", new[] { "welcome" })]
    [InlineData("verotoimistoon", new[] { "tax" })]
    [InlineData("asumiseen", new[] { "library" })]
    [InlineData("housing", new[] { "library" })]
    [InlineData("kokkola kirjasto", new string[0])]
    public void Match_ShouldFindThePointsWithEveryWord_BestFirst(string query, string[] expected)
    {
        var found = Search(query);

        Assert.Equal(expected, found);
    }

    [Fact]
    public void Match_ShouldRankTheNameAboveTheNotes()
    {
        var found = Search("neuvonta");

        Assert.Equal(["library", "notes", "welcome"], found);
    }

    public void Dispose() => _analyzer.Dispose();

    private List<string> Search(string query)
    {
        var parsed = QueryParser.Parse(query + " ");
        var scores = DirectoryMatcher.Match(_planner.Plan(parsed, _index.Vocabulary.Answer(QueryPlanner.Needs(parsed))), _index)!;
        return [.. scores.OrderByDescending(s => s.Value).Select(s => _index.Entries[s.Key].Id)];
    }

    private static PublishedServicePoint Point(string id, string name, string notes = "", string topic = "none") =>
        new(id, null, new ServicePointVersion
        {
            PointId = id,
            Title = new LocalizedText(new Dictionary<string, string> { ["fi"] = name }),
            Notes = new LocalizedText(new Dictionary<string, string> { ["fi"] = notes }),
            Kind = "municipality",
            Topics = [topic],
        });
}
