using static TrainingSite.Search.Tests.Engine.TestIndex;

namespace TrainingSite.Search.Tests.Engine;

/// <summary>A node answers searches while it applies updates and swaps in rebuilds: no search fails or sees a half-swapped index.</summary>
public sealed class ConcurrentIndexTests(AnalysisFixture analysis) : IClassFixture<AnalysisFixture>, IDisposable
{
    private readonly TestIndex _index = new(analysis);

    [Fact]
    public async Task Searches_ShouldAnswer_WhileUpdatesAndRebuildsRun()
    {
        // Arrange
        var stable = Translation("stable", "Kela", "Kela maksaa asumistukea.");
        _index.Build(stable);
        using var done = new CancellationTokenSource();

        // Act: three readers search and vocabularies while one writer applies, deletes and rebuilds.
        var readers = Enumerable.Range(0, 3).Select(reader => Task.Run(() =>
        {
            var searches = 0;
            while (!done.IsCancellationRequested || searches == 0)
            {
                var found = _index.Search(reader % 2 == 0 ? "kela " : "kel", "fi", reader == 2 ? PublicOnly : Everyone);
                Assert.Contains("stable", found.Page.Select(a => a.ArticleId));
                Assert.Contains("kela", _index.Vocabulary(["kela"], "kel", publicOnly: reader == 2).KnownWords.Keys);
                searches++;
            }

            return searches;
        })).ToList();
        for (var round = 1; round <= 20; round++)
        {
            _index.Apply(round, Translation("moving-" + (round % 4), "Ohje", "kela " + round, audience: round % 3 == 0 ? NetworkAudience : PublicAudience));
            if (round % 5 == 0)
            {
                _index.Delete(round, "moving-" + (round % 4));
                _index.BuildAt(round, stable, Translation("rebuilt-" + round, "Ohje", "kela"));
            }
        }

        await done.CancelAsync();
        var counts = await Task.WhenAll(readers);

        // Assert
        Assert.All(counts, count => Assert.True(count > 0));
        Assert.Equal(20, _index.Node.State.Cursor);
        Assert.Equal(["rebuilt-20", "stable"], _index.Search("kela ").Page.Select(a => a.ArticleId).Order(StringComparer.Ordinal));
    }

    public void Dispose() => _index.Dispose();
}
