using System.Text.Json;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Core.Recipes;

namespace TrainingSite.Core.Tests.Recipes;

public sealed class RecipeReaderTests
{
    private readonly RecipeValidationContext _context = new(new KeyEchoLocalizer());

    private RecipeReader Reader(string json) => new(JsonDocument.Parse(json).RootElement, "$.steps[0].items[3]", _context);

    [Theory]
    [InlineData("espoo")]
    [InlineData("kela-general-housing-allowance")]
    [InlineData("a1")]
    public void Id_ShouldAcceptLowerCaseLettersDigitsAndHyphens(string id)
    {
        var read = Reader($$"""{ "id": "{{id}}" }""").Id("region");

        Assert.Equal(id, read);
        Assert.Empty(_context.Problems);
        Assert.True(_context.IsDeclared("region", id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Espoo")]
    [InlineData("päivähoito")]
    [InlineData("-espoo")]
    [InlineData("espoo-")]
    [InlineData("a--b")]
    [InlineData("with space")]
    public void Id_ShouldReportTheIdPath_WhenTheIdIsInvalid(string id)
    {
        Reader($$"""{ "id": "{{id}}" }""").Id("region");

        var problem = Assert.Single(_context.Problems);
        Assert.Equal("$.steps[0].items[3].id", problem.Path);
        Assert.StartsWith(RecipeMessages.InvalidId, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Id_ShouldReportADuplicate_WithinTheSameKind()
    {
        Reader("""{ "id": "espoo" }""").Id("region");
        Reader("""{ "id": "espoo" }""").Id("topic");
        Reader("""{ "id": "espoo" }""").Id("region");

        var problem = Assert.Single(_context.Problems);
        Assert.Equal($"{RecipeMessages.DuplicateId}(region|espoo)", problem.Message);
    }

    [Fact]
    public void Text_ShouldReadEveryCulture_AndReportUnknownOnes()
    {
        var text = Reader("""{ "title": { "fi": "Asuminen", "sv": "Boende", "de": "Wohnen", "en": 5 } }""").ReadText("title", required: true);

        Assert.Equal(["fi", "sv"], text.Keys.Order());
        Assert.Equal(["$.steps[0].items[3].title.de", "$.steps[0].items[3].title.en"], _context.Problems.Select(p => p.Path).Order());
    }

    [Theory]
    [InlineData("""{ "title": {} }""", RecipeMessages.NoCulture)]
    [InlineData("""{ "title": "Asuminen" }""", RecipeMessages.ExpectedObject)]
    [InlineData("""{ }""", RecipeMessages.Required)]
    [InlineData("""{ "title": null }""", RecipeMessages.Required)]
    public void Text_ShouldReportWhatIsWrong(string json, string expected)
    {
        Reader(json).ReadText("title", required: true);

        Assert.StartsWith(expected, Assert.Single(_context.Problems).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("70", 70, 0)]
    [InlineData("101", null, 1)]
    [InlineData("7.5", null, 1)]
    [InlineData("\"70\"", null, 1)]
    public void Integer_ShouldKeepToItsRange(string value, int? expected, int problems)
    {
        var read = Reader($$"""{ "passPercent": {{value}} }""").ReadInteger("passPercent", required: true, min: 0, max: 100);

        Assert.Equal(expected, read);
        Assert.Equal(problems, _context.Problems.Count);
    }

    [Fact]
    public void Objects_ShouldGiveEachItemItsOwnPath()
    {
        var titles = Reader("""{ "lessons": [ { "id": "a" }, 3, { "id": "B" } ] }""").ReadObjects("lessons", required: true, lesson => lesson.Id("lesson"));

        Assert.Equal(["a", "B"], titles);
        Assert.Equal(["$.steps[0].items[3].lessons[1]", "$.steps[0].items[3].lessons[2].id"], _context.Problems.Select(p => p.Path));
    }

    [Fact]
    public void OneOf_ShouldListTheAllowedValues()
    {
        Reader("""{ "audience": "everyone" }""").ReadOneOf("audience", required: true, "public", "network");

        Assert.Equal($"{RecipeMessages.OneOf}(everyone|public, network)", Assert.Single(_context.Problems).Message);
    }

    [Fact]
    public void Reference_ShouldBeRecorded_ForTheEngineToResolve()
    {
        Reader("""{ "region": "espoo", "topic": null }""").ReadReference("region", "region", required: false);
        Reader("""{ "region": null }""").ReadReference("region", "region", required: false);

        var reference = Assert.Single(_context.References);
        Assert.Equal(("region", "espoo", "$.steps[0].items[3].region"), reference);
    }

    [Fact]
    public void Markdown_ShouldReferToEveryLinkedServicePoint_AtThePathOfItsLanguage()
    {
        var body = Reader("""
            { "body": {
                "fi": "Ohjaa [Kelaan](servicepoint:kela-espoo) tai [Migriin][migri]. Sama [Kela](servicepoint:kela-espoo).\n\n[migri]: servicepoint:migri-helsinki",
                "sv": "Se [FPA](https://www.kela.fi/) och `[kod](servicepoint:in-code)`, [tom](servicepoint:).",
                "en": "Refer to [Kela](servicepoint:kela-vantaa)." } }
            """).ReadMarkdown("body", required: true, maxLength: 1000);

        Assert.Equal(3, body.Count);
        Assert.Empty(_context.Problems);
        Assert.Equal(
            [
                ("servicepoint", "kela-vantaa", "$.steps[0].items[3].body.en"),
                ("servicepoint", "kela-espoo", "$.steps[0].items[3].body.fi"),
                ("servicepoint", "migri-helsinki", "$.steps[0].items[3].body.fi"),
            ],
            _context.References);
    }

    [Fact]
    public void Markdown_ShouldReportWhatIsWrong_AsAnyLocalizedText()
    {
        Reader("""{ "body": { "fi": "" } }""").ReadMarkdown("body", required: true, maxLength: 1000);

        Assert.StartsWith(RecipeMessages.NoCulture, Assert.Single(_context.Problems).Message, StringComparison.Ordinal);
        Assert.Empty(_context.References);
    }
}
