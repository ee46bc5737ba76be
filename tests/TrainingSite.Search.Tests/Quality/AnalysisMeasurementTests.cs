using TrainingSite.Search.Analysis;
using TrainingSite.Search.Evaluation;
using Xunit.Abstractions;

namespace TrainingSite.Search.Tests.Quality;

/// <summary>
/// The measurement behind the analysis: the judged query set over the shipped articles with the full
/// analysis and without each native library. Voikko and Snowball each stay only because they add recall or
/// rank; the full analysis must also pass the quality bar on its own (the functional tests check it again
/// through the site on both databases).
/// </summary>
public sealed class AnalysisMeasurementTests(ITestOutputHelper output)
{
    [Fact]
    public async Task FullAnalysis_ShouldBeatEveryVariantWithoutALibrary_OnTheJudgedQueries()
    {
        // Arrange
        var set = JudgedQuerySet.Load(RepositoryFiles.JudgedQueries);
        using var full = new TextAnalyzer();
        using var withoutVoikko = new TextAnalyzer(useVoikko: false);
        using var withoutSnowball = new TextAnalyzer(useSnowball: false);
        using var neither = new TextAnalyzer(useSnowball: false, useVoikko: false);
        Assert.False(full.Status.Degraded, "these measurements need libstemmer0d, libvoikko1 and voikko-fi");

        // Act
        var results = new Dictionary<string, SearchQuality>();
        foreach (var (name, analyzer) in new[] { ("full", full), ("no Voikko", withoutVoikko), ("no Snowball", withoutSnowball), ("folding only", neither) })
        {
            using var index = new InMemoryGuidanceIndex(analyzer, RepositoryFiles.GuidanceRecipe);
            results[name] = await SearchQuality.MeasureAsync(set, query => Task.FromResult(index.Search(query.Q, query.Lang)));
            output.WriteLine(results[name].Report(name));
        }

        // Assert
        var best = results["full"];
        output.WriteLine(best.Misses());
        Assert.True(best.Recall >= 0.97 && best.MeanReciprocalRank >= 0.90, best.Misses());
        foreach (var (name, variant) in results.Where(r => r.Key != "full"))
        {
            Assert.True(best.Recall + best.MeanReciprocalRank > variant.Recall + variant.MeanReciprocalRank, $"{name} is as good as the full analysis");
        }
    }
}
