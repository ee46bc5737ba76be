using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;
using TrainingSite.Search.Tests.Analysis;
using Xunit.Abstractions;

namespace TrainingSite.Search.Tests.LuceneAnalysis;

/// <summary>
/// Whether Lucene's own Snowball stemmers (Analysis.Common) reproduce the official Snowball 2.2.0
/// vocabularies that libstemmer reproduces (<see cref="SnowballStemmerTests"/>). The issue asks to use them
/// and drop the libstemmer P/Invoke only if they do. Found (Lucene.Net 4.8.0-beta00017): Swedish and English
/// do, Finnish does not (about 1 word in 80 differs), so libstemmer stays for all three (one stemmer, not two).
/// When the Finnish test starts failing, Lucene's Finnish stemmer has caught up: switch, and drop libstemmer.
/// </summary>
public sealed class LuceneSnowballTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("swedish")]
    [InlineData("english")]
    public void Stem_ShouldMatchTheOfficialVocabulary(string language) => Assert.Empty(Differences(language));

    [Fact]
    public void FinnishStem_ShouldStillDifferFromTheOfficialVocabulary()
    {
        var differences = Differences("finnish");

        // Numbers lose their last digit, and -seen/-siin/-iden forms keep more of the ending ("aiheeseen" gives
        // "aihees", not "aihe"), so inflected forms would no longer meet the stems of their other forms.
        Assert.Contains(("2000", "2000", "200"), differences);
        Assert.Contains(("aiheeseen", "aihe", "aihees"), differences);
        Assert.InRange(differences.Count, 500, 700);
    }

    private List<(string Word, string Expected, string Actual)> Differences(string language)
    {
        SnowballProgram stemmer = language switch
        {
            "finnish" => new FinnishStemmer(),
            "swedish" => new SwedishStemmer(),
            _ => new EnglishStemmer(),
        };
        var words = File.ReadAllLines(Path.Combine(SnowballStemmerTests.Vocabularies, language, "voc.txt"));
        var expected = File.ReadAllLines(Path.Combine(SnowballStemmerTests.Vocabularies, language, "output.txt"));

        Assert.Equal(expected.Length, words.Length);
        var wrong = words.Select((word, i) => (word, expected[i], Stem(stemmer, word))).Where(r => r.Item2 != r.Item3).ToList();

        output.WriteLine($"{language}: {wrong.Count} of {words.Length} differ");
        foreach (var (word, want, got) in wrong.Take(40))
        {
            output.WriteLine($"{word}: expected {want}, got {got}");
        }

        return wrong;
    }

    private static string Stem(SnowballProgram stemmer, string word)
    {
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }
}
