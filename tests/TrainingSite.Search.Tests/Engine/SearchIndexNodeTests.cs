using TrainingSite.Search.Analysis;
using TrainingSite.Search.Engine;
using TrainingSite.Search.LuceneAnalysis;
using static TrainingSite.Search.Tests.Engine.TestIndex;

namespace TrainingSite.Search.Tests.Engine;

/// <summary>
/// A node's index on disk: the cursor, analysis and rebuild request kept in each commit and found again after a
/// restart, updates applied at once (and whole or not at all), and nodes built alike answering alike.
/// </summary>
public sealed class SearchIndexNodeTests(AnalysisFixture analysis) : IClassFixture<AnalysisFixture>, IDisposable
{
    private readonly TestIndex _index = new(analysis);

    [Fact]
    public void NeedsRebuild_ShouldBeTrue_WhenTheFolderHasNoIndex()
    {
        // Act
        var state = _index.Node.State;

        // Assert: a node without an index answers, with nothing, and refuses updates it could not apply.
        Assert.True(_index.Node.NeedsRebuild);
        Assert.Equal(IndexState.Missing, state);
        Assert.Equal(0, _index.Search("kela ").Total);
        Assert.Equal(0, _index.Browse().Total);
        Assert.Throws<InvalidOperationException>(() => _index.Apply(1, Translation("a1", "Ohje", "kela")));
    }

    [Fact]
    public void Build_ShouldRecordTheCursorAndTheAnalysis()
    {
        // Act
        _index.BuildAt(7, Translation("a1", "Ohje", "kela"), Translation("a1", "Anvisning", "FPA", language: "sv"));

        // Assert
        var state = _index.Node.State;
        Assert.False(_index.Node.NeedsRebuild);
        Assert.Equal(new IndexState(true, 2, 7, _index.Node.Signature, null, false), state);
        Assert.Contains(SearchIndexNode.LayoutVersion, state.Analysis, StringComparison.Ordinal);
        Assert.Contains(analysis.Analysis.Status.Signature, state.Analysis, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_ShouldMoveTheCursor_AndIgnoreACursorBehind()
    {
        // Arrange
        _index.BuildAt(3, Translation("a1", "Ohje", "kela"));

        // Act
        _index.Apply(5, Translation("a2", "Ohje", "asumistuki"));
        var afterForward = _index.Node.State.Cursor;
        _index.Apply(4, Translation("a3", "Ohje", "hakemus"));

        // Assert: the late update is applied all the same; only its cursor is ignored.
        Assert.Equal(5, afterForward);
        Assert.Equal(5, _index.Node.State.Cursor);
        Assert.Equal(["a3"], _index.Search("hakemus ").Page.Select(a => a.ArticleId));
        Assert.Equal(3, _index.Node.State.Documents);
    }

    [Fact]
    public void Apply_ShouldReplaceAnArticlesTranslations_AndRemoveAnArticleWithNone()
    {
        // Arrange
        _index.Build(
            Translation("a1", "Ohje", "kela"),
            Translation("a1", "Anvisning", "kela", language: "sv"),
            Translation("a2", "Ohje", "kela"));

        // Act
        _index.Apply(1, Translation("a1", "Ohje", "asumistuki"));
        _index.Delete(2, "a2");

        // Assert: the next search sees both changes.
        Assert.Equal(0, _index.Search("kela ").Total);
        Assert.Equal(["a1"], _index.Search("asumistuki ").Page.Select(a => a.ArticleId));
        Assert.Equal(1, _index.Node.State.Documents);
        var browsed = _index.Browse("sv");
        Assert.Equal(["a1"], browsed.Page.Select(a => a.ArticleId));
        Assert.Equal("fi", browsed.Page[0].BestLanguage); // its Swedish translation is gone
        Assert.Equal([new FacetCount("fi", 1)], browsed.Facets.Language);
    }

    [Fact]
    public void Apply_ShouldChangeNothing_WhenAnUpdateFails()
    {
        // Arrange: an update the index cannot take (a translation in a language it has no analysis for).
        _index.BuildAt(1, Translation("a1", "Ohje", "kela"));
        var failing = new ArticleUpdate("a1", [Translation("a1", "Ohje", "asumistuki"), Translation("a1", "Guide", "housing", language: "xx")]);

        // Act
        Assert.ThrowsAny<ArgumentException>(() => _index.Node.Apply([failing], 2));
        _index.Apply(3, Translation("a2", "Ohje", "hakemus"));

        // Assert: the failed update left a1 as it was, also after the next update's commit.
        Assert.Equal(["a1"], _index.Search("kela ").Page.Select(a => a.ArticleId));
        Assert.Equal(0, _index.Search("asumistuki ").Total);
        Assert.Equal(2, _index.Node.State.Documents);
    }

    [Fact]
    public void State_ShouldKeepDocumentsCursorAndAnalysis_AfterReopeningTheFolder()
    {
        // Arrange
        _index.BuildAt(7, Translation("a1", "Ohje", "kela"), Translation("a2", "Ohje", "asumistuki"));
        _index.Apply(9, Translation("a3", "Ohje", "hakemus"));
        var before = _index.Node.State;

        // Act
        _index.Reopen(analysis.Analyzers);

        // Assert
        Assert.Equal(new IndexState(true, 3, 9, _index.Node.Signature, null, false), _index.Node.State);
        Assert.Equal(before, _index.Node.State);
        Assert.False(_index.Node.NeedsRebuild);
        Assert.Equal(["a3"], _index.Search("hakemus ").Page.Select(a => a.ArticleId));
    }

    [Fact]
    public void NeedsRebuild_ShouldBeTrue_WhenTheAnalysisSignatureChanged_WhileTheOldIndexStillAnswers()
    {
        // Arrange: an index built while Voikko was missing.
        using var withoutVoikko = new TextAnalyzer(useVoikko: false);
        using var degraded = new GuidanceAnalyzers(withoutVoikko);
        using var index = new TestIndex(analysis, degraded);
        index.BuildAt(4, Translation("a1", "Ohje", "kela"));
        Assert.False(index.Node.NeedsRebuild);

        // Act: the process restarts with Voikko installed.
        index.Reopen(analysis.Analyzers);

        // Assert
        Assert.True(index.Node.NeedsRebuild);
        Assert.Equal(new AnalysisStatus(Stemmers: true, Voikko: false).Signature + ";" + SearchIndexNode.LayoutVersion, index.Node.State.Analysis);
        Assert.Equal(4, index.Node.State.Cursor);
        Assert.Equal(["a1"], index.Search("kela ").Page.Select(a => a.ArticleId));
    }

    [Fact]
    public void NeedsRebuild_ShouldBeFalse_AndSearchesAnswer_WhenTheIndexIsBuiltEmpty()
    {
        // Act: a site with no published article yet builds an empty index.
        _index.BuildAt(1);

        // Assert
        Assert.False(_index.Node.NeedsRebuild);
        Assert.Equal(new IndexState(true, 0, 1, _index.Node.Signature, null, false), _index.Node.State);
        Assert.Equal(0, _index.Search("kela ").Total);
        Assert.Equal(0, _index.Search("kel").Total);
        Assert.Equal(0, _index.Browse().Total);
        Assert.Empty(_index.Vocabulary(["kela"], "kel", publicOnly: false).KnownWords);
    }

    [Fact]
    public void Nodes_ShouldAnswerAlike_WhenBuiltFromTheSameTranslationsInAnotherOrder()
    {
        // Arrange: each node builds on its own (in parallel threads, so in segments of its own making).
        var translations = Enumerable.Range(0, 60).Select(i => Translation(
            "a" + i, i % 7 == 0 ? "Kela ja asumistuki" : "Ohje " + i, $"kela asumistuki hakemus{i % 5} päivähoito{(i % 3 == 0 ? "on" : "n")}",
            language: (i % 3) switch { 0 => "fi", 1 => "sv", _ => "en" }, region: i % 4 == 0 ? null : "r" + (i % 4), topic: "t" + (i % 3))).ToList();
        _index.Build([.. translations]);
        using var other = new TestIndex(analysis).Build([.. Enumerable.Reverse(translations)]);

        foreach (var text in new[] { "kela asumistuki ", "päivähoito hakemus1 ", "asumis", "\"kela asumistuki\"" })
        {
            // Act
            var here = _index.Search(text, take: 50);
            var there = other.Search(text, take: 50);

            // Assert
            Assert.Equal(here.Total, there.Total);
            Assert.Equal(here.Page.Select(a => (a.ArticleId, a.BestLanguage)), there.Page.Select(a => (a.ArticleId, a.BestLanguage)));
            Assert.Equal(here.Page.Select(a => Math.Round(a.Score, 5)), there.Page.Select(a => Math.Round(a.Score, 5)));
            Assert.Equal(here.Facets, there.Facets, FacetsComparer.Instance);
        }
    }

    public void Dispose() => _index.Dispose();

    /// <summary>Facets compare by their counts, not by the lists' identity.</summary>
    private sealed class FacetsComparer : IEqualityComparer<IndexFacets>
    {
        public static FacetsComparer Instance { get; } = new();

        public bool Equals(IndexFacets? x, IndexFacets? y) =>
            x is not null && y is not null && x.Topic.SequenceEqual(y.Topic) && x.Region.SequenceEqual(y.Region) && x.Language.SequenceEqual(y.Language);

        public int GetHashCode(IndexFacets obj) => obj.Topic.Count;
    }
}
