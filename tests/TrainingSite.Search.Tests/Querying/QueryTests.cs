using TrainingSite.Search.Analysis;
using TrainingSite.Search.Querying;

namespace TrainingSite.Search.Tests.Querying;

public sealed class QueryTests
{
    [Fact]
    public void Parse_ShouldReadPhrasesAndTheWordBeingTyped()
    {
        var query = QueryParser.Parse("kela \"vahva tunnistautuminen\" asumist");

        Assert.Equal(3, query.Clauses.Count);
        Assert.True(query.Clauses[1].IsPhrase);
        Assert.Equal(["vahva", "tunnistautuminen"], query.Clauses[1].Words);
        Assert.Equal("asumist", query.PrefixWord);
        Assert.Null(QueryParser.Parse("asumist ").PrefixWord);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"unclosed phrase")]
    [InlineData("((( )))")]
    [InlineData("")]
    public void Parse_ShouldAcceptAnyText(string text)
    {
        var query = QueryParser.Parse(text);

        Assert.All(query.Words, word => Assert.True(word.All(char.IsLetterOrDigit)));
    }

    [Fact]
    public void Parse_ShouldBoundTheWork_WhenTheTextIsHuge()
    {
        var query = QueryParser.Parse(string.Join(' ', Enumerable.Repeat("sana", 5_000)));

        Assert.True(query.Words.Count() <= QueryParser.MaxWords);
    }

    [Fact]
    public void OneEditAway_ShouldCoverDeleteSwapReplaceAndInsert()
    {
        var edits = Edits.OneEditAway("tuki").ToHashSet();

        Assert.Contains("tki", edits);
        Assert.Contains("utki", edits);
        Assert.Contains("tuli", edits);
        Assert.Contains("tukia", edits);
        Assert.DoesNotContain("tuki", edits);
    }
}
