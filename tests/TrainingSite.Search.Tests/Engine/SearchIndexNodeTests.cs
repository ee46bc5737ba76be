using TrainingSite.Search.Analysis;
using TrainingSite.Search.Engine;
using TrainingSite.Search.LuceneAnalysis;
using TrainingSite.Search.Querying;
using static TrainingSite.Search.Tests.Engine.TestIndex;

namespace TrainingSite.Search.Tests.Engine;

/// <summary>
/// A node's index on disk: the cursor and analysis kept in each commit and found again after a restart, the
/// rebuild beside the live index (which answers until the swap), and an abandoned build leaving nothing behind.
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
    }

    [Fact(Skip = "engine bug: Apply deletes and adds before it can fail (here at the analyzer lookup); the pending changes stay in the writer and the next Apply commits them, half an update")]
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
    public void Rebuild_ShouldSwapIn_WhileTheLiveIndexAnswersAndTakesUpdatesUntilComplete()
    {
        // Arrange
        _index.BuildAt(2, Translation("old", "Ohje", "kela"));

        // Act + Assert
        using (var build = _index.Node.BeginRebuild())
        {
            Assert.NotNull(build);
            build.Add([Translation("new", "Ohje", "kela")]);
            Assert.True(_index.Node.State.Rebuilding);
            Assert.Equal(["old"], _index.Search("kela ").Page.Select(a => a.ArticleId));

            _index.Apply(3, Translation("during", "Ohje", "kela"));
            Assert.Equal(["during", "old"], _index.Search("kela ").Page.Select(a => a.ArticleId));

            build.Complete(cursor: 2, rebuildRequest: "request-1");
        }

        Assert.Equal(["new"], _index.Search("kela ").Page.Select(a => a.ArticleId));
        Assert.Equal(new IndexState(true, 1, 2, _index.Node.Signature, "request-1", false), _index.Node.State);

        // The request honoured stays recorded through later updates and a restart, so it is not honoured twice.
        _index.Apply(3, Translation("during", "Ohje", "kela"));
        _index.Reopen(analysis.Analyzers);
        Assert.Equal(new IndexState(true, 2, 3, _index.Node.Signature, "request-1", false), _index.Node.State);
    }

    [Fact]
    public void Rebuild_ShouldLeaveOnlyTheNewIndex_AndBeFoundAfterReopening()
    {
        // Arrange
        _index.Build(Translation("old", "Ohje", "kela"));
        var before = Directory.GetDirectories(_index.Folder);

        // Act
        _index.BuildAt(5, Translation("new", "Ohje", "kela"));
        var after = Directory.GetDirectories(_index.Folder);
        _index.Reopen(analysis.Analyzers);

        // Assert
        Assert.Single(before);
        Assert.Single(after);
        Assert.NotEqual(before, after);
        Assert.Equal(["new"], _index.Search("kela ").Page.Select(a => a.ArticleId));
        Assert.Equal(5, _index.Node.State.Cursor);
    }

    [Fact]
    public void BeginRebuild_ShouldReturnNull_WhileARebuildRuns()
    {
        // Arrange
        using var running = _index.Node.BeginRebuild();

        // Act
        using var second = _index.Node.BeginRebuild();

        // Assert
        Assert.NotNull(running);
        Assert.Null(second);
    }

    [Fact]
    public void DisposingAnUncompletedBuild_ShouldDeleteItsFolder_AndKeepTheLiveIndex()
    {
        // Arrange
        _index.BuildAt(3, Translation("live", "Ohje", "kela"));
        var live = Directory.GetDirectories(_index.Folder);
        var build = _index.Node.BeginRebuild()!;
        build.Add([Translation("abandoned", "Ohje", "kela")]);
        Assert.Equal(2, Directory.GetDirectories(_index.Folder).Length);

        // Act
        build.Dispose();

        // Assert: and a new rebuild may start.
        Assert.Equal(live, Directory.GetDirectories(_index.Folder));
        Assert.False(_index.Node.State.Rebuilding);
        Assert.Equal(["live"], _index.Search("kela ").Page.Select(a => a.ArticleId));
        using var next = _index.Node.BeginRebuild();
        Assert.NotNull(next);
    }

    [Fact]
    public void Read_ShouldFinishOnTheOldIndex_WhenARebuildCompletesDuringIt()
    {
        // Arrange
        _index.Build(Translation("old", "Ohje", "kela"));
        var search = new GuidanceIndexSearch(analysis.Analysis);
        var plan = new QueryPlanner(analysis.Analysis).Plan(QueryParser.Parse("kela "), VocabularyAnswers.None);

        // Act: the searcher was acquired before the swap; its index's folder is deleted under it.
        var found = _index.Node.Read(searcher =>
        {
            _index.BuildAt(1, Translation("new", "Ohje", "kela"));
            return search.Search(searcher, plan, Everyone, "fi", 0, 10);
        });

        // Assert
        Assert.Equal(["old"], found.Page.Select(a => a.ArticleId));
        Assert.Equal(["new"], _index.Search("kela ").Page.Select(a => a.ArticleId));
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

    [Theory]
    [InlineData("segments")]
    [InlineData("data")]
    public void Node_ShouldStartAndAskForARebuild_WhenItsIndexIsDamaged(string damaged)
    {
        // Arrange: a disk error or an interrupted copy left the live index unreadable.
        _index.Build(Translation("a1", "Ohje", "kela"));
        var live = Assert.Single(Directory.GetDirectories(_index.Folder));
        _index.Node.Dispose();
        foreach (var file in Directory.GetFiles(live).Where(f => Path.GetFileName(f).StartsWith("segments_", StringComparison.Ordinal) == (damaged == "segments") && !f.EndsWith("write.lock", StringComparison.Ordinal)))
        {
            File.WriteAllBytes(file, [1, 2, 3]);
        }

        // Act
        _index.Reopen(analysis.Analyzers);

        // Assert: the node answers (with nothing) and rebuilds, rather than failing the site's start.
        Assert.True(_index.Node.NeedsRebuild);
        Assert.Equal(0, _index.Search("kela ").Total);
        _index.BuildAt(2, Translation("a1", "Ohje", "kela"));
        Assert.Equal(["a1"], _index.Search("kela ").Page.Select(a => a.ArticleId));
    }

    [Theory(Skip = "engine bug: SearchIndexNode opens whatever folder the pointer file names (absolute, or ../) and TryOpen deletes it recursively when it looks damaged")]
    [InlineData(true)]
    [InlineData(false)]
    public void Node_ShouldNeverTouchAFolderOutsideItsOwn_WhenItsPointerNamesOne(bool absolute)
    {
        // Arrange: the pointer file names a folder outside the index folder that looks like a damaged index.
        var outside = Path.Combine(Path.GetTempPath(), "trainingsite-search-tests", "outside-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outside);
        File.WriteAllBytes(Path.Combine(outside, "segments_1"), [1, 2, 3]);
        File.WriteAllText(Path.Combine(outside, "keep.txt"), "not the index's");
        _index.Build(Translation("a1", "Ohje", "kela"));
        _index.Node.Dispose();
        File.WriteAllText(Path.Combine(_index.Folder, "current"), absolute ? outside : Path.GetRelativePath(_index.Folder, outside));

        try
        {
            // Act
            _index.Reopen(analysis.Analyzers);

            // Assert
            Assert.True(_index.Node.NeedsRebuild);
            Assert.True(File.Exists(Path.Combine(outside, "keep.txt")));
        }
        finally
        {
            if (Directory.Exists(outside))
            {
                Directory.Delete(outside, recursive: true);
            }
        }
    }

    [Fact]
    public void SecondNode_ShouldRefuseTheFolder_AndLeaveTheFirstNodesIndexAlone()
    {
        // Arrange: two nodes misconfigured to share one index folder.
        _index.BuildAt(4, Translation("a1", "Ohje", "kela"));

        // Act
        var refused = Record.Exception(() => new SearchIndexNode(_index.Folder, analysis.Analyzers).Dispose());

        // Assert: the lock held by the first is not damage; its index stays whole and answering.
        Assert.IsType<Lucene.Net.Store.LockObtainFailedException>(refused);
        Assert.Equal(["a1"], _index.Search("kela ").Page.Select(a => a.ArticleId));
        _index.Apply(5, Translation("a2", "Ohje", "kela"));
        _index.Reopen(analysis.Analyzers);
        Assert.Equal(new IndexState(true, 2, 5, _index.Node.Signature, null, false), _index.Node.State);
    }

    [Fact]
    public void Rebuild_ShouldNotHoldTheFolder_WhenItCompletesAfterTheNodeWasDisposed()
    {
        // Arrange: the host stops (disposing its node) while a background rebuild is still running.
        _index.BuildAt(1, Translation("old", "Ohje", "kela"));
        var build = _index.Node.BeginRebuild()!;
        build.Add([Translation("new", "Ohje", "kela")]);
        _index.Node.Dispose();

        // Act: the rebuild finishes (or fails) after the stop, and a new host starts on the folder.
        Record.Exception(() => build.Complete(2));
        build.Dispose();
        SearchIndexNode? restarted = null;
        var failure = Record.Exception(() => restarted = new SearchIndexNode(_index.Folder, analysis.Analyzers));

        // Assert: no writer is left holding the folder's lock; the restarted node answers.
        using (restarted)
        {
            Assert.Null(failure);
            Assert.False(restarted!.NeedsRebuild);
            Assert.Equal(1, restarted.State.Documents);
        }
    }

    [Fact]
    public void Rebuild_ShouldClearWhatAnInterruptedRebuildLeftBehind()
    {
        // Arrange: a process stopped mid-rebuild (a deploy during the startup rebuild) left its half-built folder.
        _index.Build(Translation("a1", "Ohje", "kela"));
        _index.Node.Dispose();
        var leftover = Path.Combine(_index.Folder, "index-20260101000000000-deadbeef");
        Directory.CreateDirectory(leftover);
        File.WriteAllBytes(Path.Combine(leftover, "_0.cfs"), new byte[1024]);
        _index.Reopen(analysis.Analyzers);

        // Act
        _index.BuildAt(2, Translation("a1", "Ohje", "kela"));

        // Assert: the node's folder holds the live index only, not a copy per interrupted rebuild.
        Assert.Single(Directory.GetDirectories(_index.Folder));
        Assert.False(Directory.Exists(leftover));
    }

    [Fact(Skip = "engine bug: SearchIndexNode.Complete deletes every other subfolder of the index folder, not only the index-* folders it made")]
    public void Rebuild_ShouldDeleteOnlyIndexFolders_WhenTheIndexFolderHoldsOtherData()
    {
        // Arrange: Search:IndexFolder set to a folder the site keeps other data in (App_Data instead of App_Data/search).
        var other = Path.Combine(_index.Folder, "DataProtection-Keys");
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, "key.xml"), "<key />");
        _index.Build(Translation("a1", "Ohje", "kela"));

        // Act
        _index.BuildAt(2, Translation("a1", "Ohje", "kela"));

        // Assert
        Assert.True(File.Exists(Path.Combine(other, "key.xml")));
        Assert.Equal(["a1"], _index.Search("kela ").Page.Select(a => a.ArticleId));
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
