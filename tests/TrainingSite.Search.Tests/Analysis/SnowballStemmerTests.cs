using TrainingSite.Search.Analysis;

namespace TrainingSite.Search.Tests.Analysis;

/// <summary>Every word of the official Snowball 2.2.0 vocabularies stems to its expected line.</summary>
public sealed class SnowballStemmerTests
{
    internal static string Vocabularies
    {
        get
        {
            // The repository carries a copy (tests/testdata/snowball, BSD-licensed, see its COPYING), so a
            // clone anywhere runs these tests; the workplace's shared/testdata beside it is the original.
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                foreach (var candidate in new[] { Path.Combine(folder.FullName, "tests", "testdata", "snowball"), Path.Combine(folder.FullName, "shared", "testdata", "snowball") })
                {
                    if (Directory.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }

            throw new DirectoryNotFoundException("tests/testdata/snowball not found above the test folder.");
        }
    }

    [Theory]
    [InlineData("finnish")]
    [InlineData("swedish")]
    [InlineData("english")]
    public void Stem_ShouldMatchTheOfficialVocabulary(string language)
    {
        using var stemmer = SnowballStemmer.TryCreate(language);
        var words = File.ReadAllLines(Path.Combine(Vocabularies, language, "voc.txt"));
        var expected = File.ReadAllLines(Path.Combine(Vocabularies, language, "output.txt"));

        Assert.NotNull(stemmer);
        var wrong = words.Select((word, i) => (word, expected: expected[i], actual: stemmer.Stem(word))).Where(r => r.expected != r.actual).Take(10).ToList();

        Assert.Equal(expected.Length, words.Length);
        Assert.True(words.Length > 20_000);
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Select(w => $"{w.word}: expected {w.expected}, got {w.actual}")));
    }

    [Fact]
    public void Stem_ShouldJoinInflectedFinnishForms()
    {
        using var stemmer = SnowballStemmer.TryCreate("finnish")!;

        Assert.Equal(stemmer.Stem("asumistuki"), stemmer.Stem("asumistukea"));
        Assert.Equal(stemmer.Stem("päivähoito"), stemmer.Stem("päivähoitoa"));
    }

    [Fact]
    public void TryCreate_ShouldReturnNull_ForAnUnknownAlgorithm()
    {
        Assert.Null(SnowballStemmer.TryCreate("klingon"));
    }
}
