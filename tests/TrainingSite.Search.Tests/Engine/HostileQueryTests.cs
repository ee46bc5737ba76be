using TrainingSite.Search.Engine;
using TrainingSite.Search.Querying;
using static TrainingSite.Search.Tests.Engine.TestIndex;

namespace TrainingSite.Search.Tests.Engine;

/// <summary>
/// Any text is a valid query: whatever is typed goes through the parser, the vocabulary, the planner and the
/// engine without an exception, and nothing typed acts as Lucene query syntax.
/// </summary>
public sealed class HostileQueryTests : IClassFixture<AnalysisFixture>, IDisposable
{
    private readonly AnalysisFixture _analysis;
    private readonly TestIndex _index;

    public HostileQueryTests(AnalysisFixture analysis)
    {
        _analysis = analysis;
        _index = new TestIndex(analysis).Build(
            Translation("kela", "Kela", "Kela maksaa asumistukea. Vahva tunnistautuminen."),
            Translation("lucene", "Hakuohje", "title x and y or z 2"),
            Translation("arabic", "مرحبا", "مرحبا بالعالم kela", language: "en"),
            Translation("supplementary", "𠀀𠀁𠀂𠀃𠀄", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 text", language: "en"),
            Translation("network", "Verkosto", "kela verkosto", audience: NetworkAudience));
    }

    public static TheoryData<string> HostileTexts => new()
    {
        new string('a', 10_000),
        string.Concat(Enumerable.Repeat("kela \"asumis", 1_000)),
        string.Concat(Enumerable.Range(0, 10_000).Select(i => (char)(i % 0xD7FF))),
        "\u0000\u0001kela\u0007\u001F\u007F\u0085asumistuki\u2028",
        "kela\u001Fkela \u001F",
        "😀 kela 👍🏽 🇫🇮 👨‍👩‍👧",
        "مرحبا kela \u202Easumistuki\u202C שלום",
        "\uD800kela\uDC00 \uDBFF",
        "𠀀𠀁𠀂𠀃𠀄 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𠀀𠀁𠀂𠀃",
        "𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇𠀈𠀉𠀊𠀋𠀌𠀍𠀎𠀏𠀐𠀑𠀒𠀓𠀔𠀕𠀖𠀗𠀘𠀙𠀚𠀛𠀜𠀝𠀞𠀟𠀠𠀡𠀢𠀣𠀤𠀥𠀦𠀧",
        "title:x AND (y OR z*)~2",
        "kela^10 asumistuki~0.5 \"a b\"~3 [a TO z] {x TO y} +kela -asumistuki && || ! \\ / ? * ",
        "*:* OR 1=1; DROP TABLE articles; --",
        "\"",
        "\"\"\"\"",
        "ja tai on ",
        "a",
        "2025 " + new string('9', 60),
        "verkostx",
        "   ",
        "",
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Search_ShouldAnswer_WhateverIsTyped(string text)
    {
        foreach (var filter in new[] { PublicOnly, Everyone })
        {
            // Act
            var found = _index.Search(text, "fi", filter);
            var suggestion = Suggestion(text, filter == PublicOnly);

            // Assert
            Assert.InRange(found.Total, 0, 5);
            Assert.True(found.Page.Count <= 10);
            Assert.True(suggestion is null || suggestion.Length <= QueryParser.MaxLength * 2);
            if (filter == PublicOnly)
            {
                Assert.DoesNotContain(found.Page, article => article.ArticleId == "network");
            }
        }
    }

    [Fact]
    public void LuceneSyntax_ShouldBeReadAsWords()
    {
        // Act
        var found = _index.Search("title:x AND (y OR z*)~2");
        var fieldQuery = _index.Search("title:kela ");
        var wildcard = _index.Search("kel* ");

        // Assert: "title", "x", "y", "z" and "2" are words; "AND" and "OR" stopwords; "*" and "~" separators.
        Assert.Equal(["lucene"], found.Page.Select(a => a.ArticleId));
        Assert.Contains("kela", fieldQuery.Page.Select(a => a.ArticleId));
        Assert.DoesNotContain("lucene", wildcard.Page.Select(a => a.ArticleId));
    }

    [Fact]
    public void RightToLeftText_ShouldBeFound()
    {
        // Act
        var found = _index.Search("مرحبا ");

        // Assert
        Assert.Equal(["arabic"], found.Page.Select(a => a.ArticleId));
    }

    [Fact]
    public void WordsOutsideTheBasicPlane_ShouldBeFound_AndCompleted()
    {
        // Act: letters of the supplementary planes are two chars each.
        var exact = _index.Search("𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ", "en");
        var typing = _index.Search("𠀀𠀁𠀂", "en");

        // Assert
        Assert.Equal(["supplementary"], exact.Page.Select(a => a.ArticleId));
        Assert.Equal(["supplementary"], typing.Page.Select(a => a.ArticleId));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("se")]
    public void SearchAndBrowse_ShouldAnswer_InALanguageTheIndexHasNoTranslationIn(string language)
    {
        // Act
        var found = _index.Search("kela ", language);
        var browsed = _index.Browse(language);

        // Assert: no translation is preferred, and browsing shows each article's first language.
        Assert.Equal(["kela", "arabic", "network"], found.Page.Select(a => a.ArticleId));
        Assert.Equal(5, browsed.Total);
    }

    [Fact]
    public void Index_ShouldTakeTheLongestAndOddestTextsAnArticleMayHave()
    {
        // Arrange: a 400-character title, tags of 100, a 100,000-character body of distinct words, runs of
        // letters far past the longest word, control characters, the vocabulary's separator, lone surrogates.
        var body = string.Join(' ', Enumerable.Range(0, 5_000).Select(i => "sana" + i)) + " " + new string('x', 20_000)
            + " \u0000\u001Fkontrolli\u001F \uD800yksinäinen\uDC00 😀 مرحبا " + new string('ö', 10_000) + " " + new string('y', 40_000);
        var article = new IndexedTranslation(
            "huge", "fi", null, "housing", PublicAudience, string.Concat(Enumerable.Repeat("Otsikko ", 50)),
            [.. Enumerable.Range(0, 20).Select(i => "tagi" + i + new string('t', 94))], body[..100_000]);
        using var index = new TestIndex(_analysis);

        // Act
        index.Build(article);

        // Assert
        Assert.Equal(1, index.Node.State.Documents);
        Assert.Equal(["huge"], index.Search("sana4999 ").Page.Select(a => a.ArticleId));
        Assert.Equal(["huge"], index.Search("kontrolli ").Page.Select(a => a.ArticleId));
        Assert.Equal(["huge"], index.Search("otsikko ").Page.Select(a => a.ArticleId));
        Assert.Equal(["huge"], index.Browse().Page.Select(a => a.ArticleId));
        Assert.All(index.Vocabulary([], "x", publicOnly: true).Completions, word => Assert.True(word.Length <= 40));
    }

    public void Dispose() => _index.Dispose();

    private string? Suggestion(string text, bool publicOnly)
    {
        var query = QueryParser.Parse(text);
        var vocabulary = _index.Node.Read(searcher => GuidanceIndexSearch.Vocabulary(searcher, QueryPlanner.Needs(query), publicOnly));
        _ = new QueryPlanner(_analysis.Analysis).Plan(query, vocabulary);
        return QueryPlanner.Suggestion(query, vocabulary);
    }
}
