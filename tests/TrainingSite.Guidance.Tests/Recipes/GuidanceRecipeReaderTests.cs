using System.Text.Json;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Guidance.Models;
using TrainingSite.Guidance.Recipes;
using TrainingSite.Tests.Shared;

namespace TrainingSite.Guidance.Tests.Recipes;

/// <summary>The <c>topics</c> and <c>guidance</c> steps as the recipe contract describes them: defaults, limits, references.</summary>
public sealed class GuidanceRecipeReaderTests
{
    private readonly RecipeValidationContext _context = new(new EchoLocalizer<SharedStrings>());

    [Fact]
    public void ReadArticles_ShouldFillTheOptionalFields_WithTheContractsDefaults()
    {
        using var step = Articles("""{ "id": "tax-card", "topic": "work", "title": { "fi": "Verokortti" }, "body": { "fi": "Teksti." } }""");

        var article = Assert.Single(GuidanceRecipeReader.ReadArticles(step.RootElement, "$.steps[2]", _context));

        Assert.Empty(_context.Problems);
        Assert.Equal(("tax-card", null, "work", GuidanceAudience.Public, true, null), (article.Id, article.Region, article.Topic, article.Audience, article.Published, article.Reviewed));
        Assert.Empty(article.Tags);
        Assert.True(_context.IsDeclared(GuidanceRecipeReader.ArticleKind, "tax-card"));
        Assert.Equal([(GuidanceRecipeReader.TopicKind, "work", "$.steps[2].articles[0].topic")], _context.References);
    }

    [Fact]
    public void ReadArticles_ShouldReadEveryField_AndReferToTheRegion()
    {
        using var step = Articles("""
            { "id": "espoo-daycare", "region": "espoo", "topic": "early-childhood-education", "audience": "network",
              "status": "draft", "tags": ["päivähoito", "hakemus"], "reviewed": "2026-11-02",
              "title": { "fi": "Päivähoito", "sv": "Dagvård" }, "body": { "fi": "Haetaan ...", "sv": "Man ansöker ..." } }
            """);

        var article = Assert.Single(GuidanceRecipeReader.ReadArticles(step.RootElement, "$.steps[0]", _context));

        Assert.Empty(_context.Problems);
        Assert.Equal(("espoo", GuidanceAudience.Network, false, new DateOnly(2026, 11, 2)), (article.Region, article.Audience, article.Published, article.Reviewed));
        Assert.Equal(["päivähoito", "hakemus"], article.Tags);
        Assert.Equal("Dagvård", article.Title["sv"]);
        Assert.Contains((GuidanceRecipeReader.RegionKind, "espoo", "$.steps[0].articles[0].region"), _context.References);
    }

    [Fact]
    public void ReadArticles_ShouldReportEachBrokenRule_WithItsPath()
    {
        var tags = string.Join(", ", Enumerable.Range(1, GuidanceRecipeReader.MaxTags + 1).Select(i => $"\"tag{i}\""));
        using var step = Articles($$"""
            { "id": "a", "audience": "everyone", "tags": [{{tags}}], "title": { "fi": "{{new string('x', 401)}}", "sv": "Rubrik" }, "body": { "fi": "Teksti." } }
            """);

        var article = Assert.Single(GuidanceRecipeReader.ReadArticles(step.RootElement, "$.steps[1]", _context));

        Assert.Equal(
            [
                ("$.steps[1].articles[0].tags", $"{RecipeMessages.OutOfRange}(31|0|30)"),
                ("$.steps[1].articles[0].topic", RecipeMessages.Required),
                ("$.steps[1].articles[0].audience", $"{RecipeMessages.OneOf}(everyone|public, network)"),
                ("$.steps[1].articles[0].title.fi", $"{RecipeMessages.TooLong}(400)"),
            ],
            _context.Problems.Select(p => (p.Path, p.Message)));
        Assert.Equal(string.Empty, article.Topic);
    }

    [Fact]
    public void ReadTopics_ShouldDeclareEachTopic_SoArticlesInTheSameRecipeMayReferToIt()
    {
        using var step = JsonDocument.Parse("""{ "step": "topics", "topics": [ { "id": "housing", "name": { "fi": "Asuminen", "sv": "Boende" } } ] }""");

        var topic = Assert.Single(GuidanceRecipeReader.ReadTopics(step.RootElement, "$.steps[0]", _context));

        Assert.Empty(_context.Problems);
        Assert.Equal(("housing", "Boende"), (topic.Id, topic.Name["sv"]));
        Assert.True(_context.IsDeclared(GuidanceRecipeReader.TopicKind, "housing"));
    }

    private static JsonDocument Articles(string articles) => JsonDocument.Parse($$"""{ "step": "guidance", "articles": [ {{articles}} ] }""");
}
