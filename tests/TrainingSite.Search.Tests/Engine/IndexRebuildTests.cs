using TrainingSite.Search.Engine;
using TrainingSite.Search.Querying;
using static TrainingSite.Search.Tests.Engine.TestIndex;

namespace TrainingSite.Search.Tests.Engine;

/// <summary>
/// A node's rebuilds and its folder: the new index built beside the live one, which answers until the swap; one
/// rebuild at a time; nothing left behind by an abandoned, interrupted or late rebuild; a damaged index rebuilt
/// rather than failing the start; and nothing outside the node's own index folders ever touched.
/// </summary>
public sealed class IndexRebuildTests(AnalysisFixture analysis) : IClassFixture<AnalysisFixture>, IDisposable
{
    private readonly TestIndex _index = new(analysis);

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

    [Theory]
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

    [Fact]
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

    public void Dispose() => _index.Dispose();
}
