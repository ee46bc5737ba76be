using TrainingSite.Search.Engine;
using static TrainingSite.Search.Tests.Engine.TestIndex;

namespace TrainingSite.Search.Tests.Engine;

/// <summary>
/// The vocabulary behind typo correction, completion and "did you mean", per audience: a visitor's answers come
/// only from what public translations say now, never from network ones, deleted ones, or ones moved to the network.
/// </summary>
public sealed class IndexVocabularyTests(AnalysisFixture analysis) : IClassFixture<AnalysisFixture>, IDisposable
{
    private readonly TestIndex _index = new(analysis);

    [Fact]
    public void Vocabulary_ShouldNeverReturnNetworkOnlyWords_WhenPublicOnly()
    {
        // Arrange
        _index.Build(
            Translation("public", "Asumistuki", "Kela maksaa asumistukea."),
            Translation("network", "Verkostosana", "Kelaaja ja verkostosana.", audience: NetworkAudience));

        // Act: the words, a typo of the network-only one ("verkostosanx"), and the word being typed.
        var visitor = _index.Vocabulary(["verkostosana", "kela", "asumistuki"], "kel", publicOnly: true, correctIfUnknown: ["verkostosanx"]);
        var counsellor = _index.Vocabulary(["verkostosana", "kela", "asumistuki"], "kel", publicOnly: false, correctIfUnknown: ["verkostosanx"]);

        // Assert
        Assert.Equal(["asumistuki", "kela"], visitor.KnownWords.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["kela"], visitor.Completions);
        Assert.Equal(["asumistuki", "kela", "verkostosana"], counsellor.KnownWords.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["kela", "kelaaja"], counsellor.Completions);
    }

    [Fact]
    public void Vocabulary_ShouldForgetAWordForVisitors_WhenItsArticleMovesToTheNetwork()
    {
        // Arrange
        _index.BuildInOneSegment(
            Translation("moving", "Siirtosana", "Kela ja siirtosana."),
            Translation("staying", "Asumistuki", "Kela maksaa."));
        Assert.Contains("siirtosana", _index.Vocabulary(["siirtosana"], null, publicOnly: true).KnownWords.Keys);

        // Act
        _index.Apply(2, Translation("moving", "Siirtosana", "Kela ja siirtosana.", audience: NetworkAudience));

        // Assert: nor through a typo of it.
        var visitor = _index.Vocabulary(["siirtosana"], "siirto", publicOnly: true, correctIfUnknown: ["siirtosanx"]);
        var counsellor = _index.Vocabulary(["siirtosana"], "siirto", publicOnly: false);
        Assert.Empty(visitor.KnownWords);
        Assert.Empty(visitor.Completions);
        Assert.Equal(["siirtosana"], counsellor.KnownWords.Keys);
        Assert.Equal(["siirtosana"], counsellor.Completions);
        Assert.Equal(0, _index.Search("siirtosana ", filter: PublicOnly).Total);
    }

    [Fact]
    public void Vocabulary_ShouldForgetADeletedArticlesWords()
    {
        // Arrange
        _index.BuildInOneSegment(
            Translation("deleted", "Poistosana", "Kela ja poistosana."),
            Translation("kept", "Asumistuki", "Kela maksaa."));

        // Act
        _index.Delete(2, "deleted");

        // Assert
        foreach (var publicOnly in new[] { true, false })
        {
            var vocabulary = _index.Vocabulary(["poistosana", "kela"], "poisto", publicOnly, correctIfUnknown: ["poistosanx"]);
            Assert.Equal(["kela"], vocabulary.KnownWords.Keys);
            Assert.Empty(vocabulary.Completions);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void KnownWords_ShouldCountOnlyTheTranslationsThatHaveTheWordNow(bool movedToNetwork)
    {
        // Arrange: three translations say "kela"; one of them is then deleted, or moved out of the visitor's sight.
        _index.BuildInOneSegment(
            Translation("a1", "Ohje", "Kela maksaa."),
            Translation("a2", "Ohje", "Kela neuvoo."),
            Translation("a3", "Ohje", "Kela päättää."));

        // Act
        if (movedToNetwork)
        {
            _index.Apply(2, Translation("a1", "Ohje", "Kela maksaa.", audience: NetworkAudience));
        }
        else
        {
            _index.Delete(2, "a1");
        }

        // Assert: "did you mean" picks the commonest word by this count; a stale count would also let a visitor
        // count what network articles say.
        Assert.Equal(2, _index.Vocabulary(["kela"], null, publicOnly: true).KnownWords["kela"].Documents);
    }

    [Fact]
    public void Completions_ShouldBeOrderedByLiveTranslations_WhenSomeWereDeleted()
    {
        // Arrange: "tukiaika" is said by three translations, two of which are then deleted; "tukiasia" by two.
        _index.BuildInOneSegment(
            Translation("a1", "Ohje", "tukiaika"),
            Translation("a2", "Ohje", "tukiaika"),
            Translation("a3", "Ohje", "tukiaika"),
            Translation("b1", "Ohje", "tukiasia"),
            Translation("b2", "Ohje", "tukiasia"));

        // Act
        _index.Delete(2, "a1");
        _index.Delete(3, "a2");

        // Assert
        Assert.Equal(["tukiasia", "tukiaika"], _index.Vocabulary([], "tuki", publicOnly: false).Completions);
    }

    [Fact]
    public void Completions_ShouldBeTheCommonestWordsThenAlphabetical_AtMostTwelve_NeverThePrefixItself()
    {
        // Arrange: "tuki" itself is the commonest; three words are said more than once; eleven once.
        var once = new[] { "tukikohta", "tukimuoto", "tukiraha", "tukisumma", "tukijakso", "tukimalli", "tukiosa", "tukitaso", "tukiverkko", "tukiryhmä", "tukikeino" };
        var translations = new List<IndexedTranslation>
        {
            Translation("a1", "Tuki", "tukiaika tukiasia tukihenkilö"),
            Translation("a2", "Tuki", "tukiaika tukiasia"),
            Translation("a3", "Tuki", "tukiaika Tukihenkilö"),
        };
        translations.AddRange(once.Select((word, i) => Translation("w" + i, "Tuki", word)));
        _index.Build([.. translations]);

        // Act
        var completions = _index.Vocabulary([], "tuki", publicOnly: false).Completions;

        // Assert: folded, as the query side looks them up.
        Assert.Equal(GuidanceIndexSearch.MaxCompletions, completions.Count);
        Assert.Equal(
            ["tukiaika", "tukiasia", "tukihenkilo", "tukijakso", "tukikeino", "tukikohta", "tukimalli", "tukimuoto", "tukiosa", "tukiraha", "tukiryhma", "tukisumma"],
            completions);
    }

    [Fact]
    public void KnownWords_ShouldShowTheCommonestSpelling_AndCountEverySpelling()
    {
        // Arrange
        _index.Build(
            Translation("a1", "Ohje", "päivähoito"),
            Translation("a2", "Ohje", "Päivähoito"),
            Translation("a3", "Ohje", "paivahoito"));

        // Act
        var word = _index.Vocabulary(["paivahoito"], null, publicOnly: true).KnownWords["paivahoito"];

        // Assert
        Assert.Equal(new("päivähoito", 3), word);
    }

    [Fact]
    public void Vocabulary_ShouldNotKnowStopwords()
    {
        // Arrange
        _index.Build(Translation("a1", "Ohje", "Kela ja kunta"));

        // Act
        var vocabulary = _index.Vocabulary(["ja", "kunta"], null, publicOnly: true);

        // Assert
        Assert.Equal(["kunta"], vocabulary.KnownWords.Keys);
    }

    [Fact]
    public void Search_ShouldCorrectATypo_OnlyFromTheWordsTheCallerMayRead()
    {
        // Arrange: "verkostosana" is only in a network article; "asumistuki" in a public one.
        _index.Build(
            Translation("public", "Asumistuki", "Kela maksaa asumistukea."),
            Translation("network", "Ohje", "verkostosana", audience: NetworkAudience));

        // Act: one letter wrong in each
        var visitor = _index.Search("verkostosanx ", filter: PublicOnly);
        var counsellor = _index.Search("verkostosanx ", filter: Everyone);
        var typo = _index.Search("asumistyki ", filter: PublicOnly);

        // Assert
        Assert.Equal(0, visitor.Total);
        Assert.Equal(["network"], counsellor.Page.Select(a => a.ArticleId));
        Assert.Equal(["public"], typo.Page.Select(a => a.ArticleId));
    }

    public void Dispose() => _index.Dispose();
}
