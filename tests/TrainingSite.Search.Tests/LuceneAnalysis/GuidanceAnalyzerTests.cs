using TrainingSite.Search.Analysis;
using TrainingSite.Search.LuceneAnalysis;

namespace TrainingSite.Search.Tests.LuceneAnalysis;

/// <summary>
/// The Lucene analyzer indexes what the per-word analysis says a word is: for each content word of a text, the
/// forms <see cref="TextAnalyzer.TermsOfWord"/> gives (still the reference snippets mark words by), each kind
/// in its own field; the text fields hold the whole text, the title fields the title and tags only.
/// </summary>
public sealed class GuidanceAnalyzerTests : IDisposable
{
    private readonly TextAnalyzer _analysis = new();
    private readonly WordFormsCache _forms;
    private readonly GuidanceAnalyzer _analyzer;

    public GuidanceAnalyzerTests()
    {
        Assert.False(_analysis.Status.Degraded); // libstemmer0d, libvoikko1 and voikko-fi are installed by test.sh
        _forms = new WordFormsCache(_analysis);
        _analyzer = new GuidanceAnalyzer(_forms, "fi");
    }

    [Theory]
    [InlineData("fi", "Päivähoito", "varhaiskasvatus", "Päivähoitoon haetaan kunnasta. Asumistukeen vaikuttavat tulot, ja toimeentulotuesta päättää Kela.")]
    [InlineData("fi", "Tyottomyysturva ilman aakkosia", "paivahoito", "Tama teksti on kirjoitettu ilman ä-kirjaimia: tyottomyysturvan hakeminen ja paivahoidon maksut.")]
    [InlineData("fi", "Tulkin käyttö", "", "Tulkkipalvelut ja työttömyysturvaan liittyvät päätökset; 2025 alkaen.")]
    [InlineData("sv", "Hälsovården för studerande", "bostadsbidrag", "Bostadsbidraget söks hos FPA. Här är vad du behöver veta om hälsovårdens avgifter.")]
    [InlineData("en", "Applying for daycare", "housing allowance", "Housing allowances are applied for from Kela; the counsellor's guidance explains the day care fees.")]
    public void Fields_ShouldHoldTheTermsOfEachContentWord(string language, string title, string tags, string body)
    {
        // Arrange
        using var analyzer = new GuidanceAnalyzer(_forms, language);
        var titleText = string.Join("\n", (tags.Length == 0 ? Array.Empty<string>() : [tags]).Prepend(title));
        var wholeText = titleText + "\n" + body;

        foreach (var (scope, text) in new[] { (FieldScope.Text, wholeText), (FieldScope.Title, titleText) })
        {
            foreach (var kind in Enum.GetValues<FormKind>())
            {
                // Act
                var actual = AnalyzedTokens.Terms(analyzer, Field(kind, scope), text).ToHashSet(StringComparer.Ordinal);

                // Assert
                Assert.Equal(ExpectedTerms(language, text, kind).Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
            }
        }
    }

    [Theory]
    [InlineData("päivähoitoon", "paivahoito", "paiva hoito")]
    [InlineData("asumistukeen", "asumistuki", "asua tuki")]
    [InlineData("toimeentulotuesta", "toimeentulotuki", "toimeentulo tuki")]
    [InlineData("tulkin", "tulkki", "")]
    public void FinnishWord_ShouldGiveFoldedBaseFormAndCompoundParts(string word, string baseForm, string parts)
    {
        Assert.Contains(baseForm, AnalyzedTokens.Terms(_analyzer, Field(FormKind.Lemma), word));
        Assert.Equal(parts.Split(' ', StringSplitOptions.RemoveEmptyEntries), AnalyzedTokens.Terms(_analyzer, Field(FormKind.Part), word));
    }

    [Theory]
    [InlineData("päivähoito päivähoitoon päivähoidon päivähoitoa", "paivahoito")]
    [InlineData("asumistuki asumistukeen asumistuen", "asumistuki")]
    public void InflectedFinnishForms_ShouldMeetInTheLemmaField(string words, string baseForm)
    {
        // Arrange: stems do not follow consonant gradation (hoidon, tuen); Voikko's base forms do, and the lemma field holds both.
        var forms = words.Split(' ').Select(word => AnalyzedTokens.Terms(_analyzer, Field(FormKind.Lemma), word)).ToList();

        // Assert
        Assert.All(forms, lemmas => Assert.Contains(baseForm, lemmas));
    }

    [Fact]
    public void LemmaField_ShouldStackTheBaseFormAndTheStemOnTheWord_WhenTheyDiffer()
    {
        // Arrange: Voikko follows consonant gradation back to "päivähoito"; the stem keeps the "d" of "hoidon".
        var stem = TextFolding.Fold(_analysis.Stem("fi", "päivähoidon")!);

        // Act
        var tokens = AnalyzedTokens.Of(_analyzer, Field(FormKind.Lemma), "päivähoidon");

        // Assert
        Assert.NotEqual("paivahoito", stem);
        Assert.Equal([new("paivahoito", 0, 0, 11), new(stem, 0, 0, 11)], tokens);
    }

    [Fact]
    public void WordTypedWithoutDiacritics_ShouldMeetTheWrittenWord_InTheExactOrFoldedField()
    {
        // The folded field holds a word only where folding changes it; a folded query looks in both fields.
        Assert.Equal(["paivahoito"], AnalyzedTokens.Terms(_analyzer, Field(FormKind.Folded), "päivähoito"));
        Assert.Empty(AnalyzedTokens.Terms(_analyzer, Field(FormKind.Folded), "paivahoito"));
        Assert.Equal(["paivahoito"], AnalyzedTokens.Terms(_analyzer, Field(FormKind.Exact), "paivahoito"));
        Assert.Equal(["päivähoito"], AnalyzedTokens.Terms(_analyzer, Field(FormKind.Exact), "päivähoito"));

        // Voikko does not know the word without ä, so its lemma is the stem alone: folding complements Voikko.
        Assert.Equal([_analysis.Stem("fi", "paivahoito")!], AnalyzedTokens.Terms(_analyzer, Field(FormKind.Lemma), "paivahoito"));
    }

    [Theory]
    [InlineData("sv", "Hälsovårdens avgifter", "hälsovårdens avgifter", "halsovardens")]
    [InlineData("en", "Applying for housing allowances", "applying housing allowances", "")]
    public void SwedishAndEnglish_ShouldHaveStemsButNoVoikkoForms(string language, string text, string exact, string folded)
    {
        // Arrange
        using var analyzer = new GuidanceAnalyzer(_forms, language);

        // Assert
        Assert.Equal(exact.Split(' '), AnalyzedTokens.Terms(analyzer, Field(FormKind.Exact), text));
        Assert.Equal(folded.Split(' ', StringSplitOptions.RemoveEmptyEntries), AnalyzedTokens.Terms(analyzer, Field(FormKind.Folded), text));
        Assert.Equal(
            exact.Split(' ').Select(word => TextFolding.Fold(_analysis.Stem(language, word)!)),
            AnalyzedTokens.Terms(analyzer, Field(FormKind.Lemma), text));
        Assert.Empty(AnalyzedTokens.Terms(analyzer, Field(FormKind.Part), text));
    }

    [Fact]
    public void FinnishVoikkoForms_ShouldStayOutOfOtherLanguagesFields_WhenTheSameWordIsThere()
    {
        // Arrange: "asumistuki" in a Swedish text is a foreign word there, stemmed as Swedish, not split by Voikko.
        using var swedish = new GuidanceAnalyzer(_forms, "sv");

        // Act
        var finnishParts = AnalyzedTokens.Terms(_analyzer, Field(FormKind.Part), "asumistuki");
        var swedishParts = AnalyzedTokens.Terms(swedish, Field(FormKind.Part), "asumistuki");

        // Assert
        Assert.Equal(["asua", "tuki"], finnishParts);
        Assert.Empty(swedishParts);
    }

    [Fact]
    public void Analyzers_ShouldEachUseTheirOwnAnalysis_WhenOneThreadAnalysesTheSameTextWithBoth()
    {
        // Arrange: the measurement tests compare the full analysis with one without Voikko, text for text.
        using var withoutVoikko = new TextAnalyzer(useVoikko: false);
        using var degraded = new GuidanceAnalyzer(new WordFormsCache(withoutVoikko), "fi");
        const string text = "Päivähoitoon haetaan kunnasta";

        // Act
        var fullParts = AnalyzedTokens.Terms(_analyzer, Field(FormKind.Part), text);
        var degradedParts = AnalyzedTokens.Terms(degraded, Field(FormKind.Part), text);
        var degradedLemmas = AnalyzedTokens.Terms(degraded, Field(FormKind.Lemma), text);

        // Assert
        Assert.Equal(["paiva", "hoito"], fullParts);
        Assert.Empty(degradedParts);
        Assert.Equal(WordTokenizer.Words(text).Select(word => TextFolding.Fold(withoutVoikko.Stem("fi", word)!)), degradedLemmas);
    }

    [Fact]
    public void Positions_ShouldKeepStopwordGapsAndStackFormsOnTheirWord()
    {
        const string text = "Kelan asumistuki ja päivähoito";

        var exact = AnalyzedTokens.Of(_analyzer, Field(FormKind.Exact), text);
        var parts = AnalyzedTokens.Of(_analyzer, Field(FormKind.Part), text);

        Assert.Equal(
            [new("kelan", 0, 0, 5), new("asumistuki", 1, 6, 16), new("päivähoito", 3, 20, 30)],
            exact);
        Assert.Equal(
            [new("asua", 1, 6, 16), new("tuki", 1, 6, 16), new("paiva", 3, 20, 30), new("hoito", 3, 20, 30)],
            parts);
    }

    [Fact]
    public void HostileText_ShouldGiveOnlyWords()
    {
        var text = "Kelan \"asumistuki\" (OR) NEAR/2 t_x 😀 مرحبا FPA-kort\u0000\u202e " + new string('a', 10_000);

        var terms = AnalyzedTokens.Terms(_analyzer, Field(FormKind.Exact), text);

        Assert.Equal(["kelan", "asumistuki", "or", "near", "2", "t", "x", "مرحبا", "fpa", "kort", new string('a', WordTokenizer.MaxWordLength)], terms);
    }

    [Theory]
    [InlineData("text_exact_fi")]
    [InlineData("body_exact")]
    [InlineData("text_stem")]
    [InlineData("Text_Exact")]
    [InlineData("id")]
    public void UnknownField_ShouldBeRefused(string field)
    {
        Assert.Throws<ArgumentException>(() => AnalyzedTokens.Terms(_analyzer, field, "sana"));
    }

    public void Dispose()
    {
        _analyzer.Dispose();
        _analysis.Dispose();
    }

    private static string Field(FormKind kind, FieldScope scope = FieldScope.Text) => new SearchField(scope, kind).Name;

    /// <summary>
    /// A field's expected terms: the union of <see cref="TextAnalyzer.TermsOfWord"/> over the text's content words,
    /// those of the field's kind by their prefix (none: exact; f_: folded, only where folding changes the word, as
    /// the folded field holds; l_: lemma; p_: part).
    /// </summary>
    private HashSet<string> ExpectedTerms(string language, string text, FormKind kind)
    {
        var words = WordTokenizer.Words(text).Where(word => !Stopwords.Contains(language, word)).ToList();
        var terms = words.SelectMany(word => _analysis.TermsOfWord(language, word)).ToList();
        IEnumerable<string> expected = kind switch
        {
            FormKind.Exact => terms.Where(term => !term.StartsWith(IndexTerms.FoldedPrefix, StringComparison.Ordinal)
                && !term.StartsWith(IndexTerms.LemmaPrefix, StringComparison.Ordinal)
                && !term.StartsWith(IndexTerms.PartPrefix, StringComparison.Ordinal)),
            FormKind.Folded => WithPrefix(terms, IndexTerms.FoldedPrefix),
            FormKind.Lemma => WithPrefix(terms, IndexTerms.LemmaPrefix),
            _ => WithPrefix(terms, IndexTerms.PartPrefix),
        };
        return expected.ToHashSet(StringComparer.Ordinal);
    }

    private static IEnumerable<string> WithPrefix(IEnumerable<string> terms, string prefix) =>
        terms.Where(term => term.StartsWith(prefix, StringComparison.Ordinal)).Select(term => term[prefix.Length..]);
}
