using TrainingSite.Search.Analysis;
using TrainingSite.Search.LuceneAnalysis;

namespace TrainingSite.Search.Tests.LuceneAnalysis;

/// <summary>
/// The Lucene analyzer indexes what today's analysis indexes: for each text, the tokens of the per-kind
/// fields, named with today's term prefixes, are exactly the terms <see cref="TextAnalyzer.AnalyzeDocument"/> gives.
/// </summary>
public sealed class GuidanceAnalyzerTests : IDisposable
{
    private readonly TextAnalyzer _analysis = new();
    private readonly GuidanceAnalyzer _analyzer;

    public GuidanceAnalyzerTests()
    {
        Assert.False(_analysis.Status.Degraded); // libstemmer0d, libvoikko1 and voikko-fi are installed by test.sh
        _analyzer = new GuidanceAnalyzer(new WordFormsCache(_analysis));
    }

    [Theory]
    [InlineData("fi", "Päivähoito", "varhaiskasvatus", "Päivähoitoon haetaan kunnasta. Asumistukeen vaikuttavat tulot, ja toimeentulotuesta päättää Kela.")]
    [InlineData("fi", "Tyottomyysturva ilman aakkosia", "paivahoito", "Tama teksti on kirjoitettu ilman ä-kirjaimia: tyottomyysturvan hakeminen ja paivahoidon maksut.")]
    [InlineData("fi", "Tulkin käyttö", "", "Tulkkipalvelut ja työttömyysturvaan liittyvät päätökset; 2025 alkaen.")]
    [InlineData("sv", "Hälsovården för studerande", "bostadsbidrag", "Bostadsbidraget söks hos FPA. Här är vad du behöver veta om hälsovårdens avgifter.")]
    [InlineData("en", "Applying for daycare", "housing allowance", "Housing allowances are applied for from Kela; the counsellor's guidance explains the day care fees.")]
    public void Fields_ShouldHoldTheTermsOfTodaysAnalysis(string language, string title, string tags, string body)
    {
        var tagList = tags.Length == 0 ? Array.Empty<string>() : [tags];
        var expected = _analysis.AnalyzeDocument(language, title, tagList, body).Terms.ToHashSet(StringComparer.Ordinal);

        var titleText = string.Join("\n", tagList.Prepend(title));
        var actual = TermsWithTodaysPrefixes(FieldScope.Text, language, titleText + "\n" + body)
            .Concat(TermsWithTodaysPrefixes(FieldScope.Title, language, titleText).Select(IndexTerms.Title))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("päivähoitoon", "paivahoito", "paiva hoito")]
    [InlineData("asumistukeen", "asumistuki", "asua tuki")]
    [InlineData("toimeentulotuesta", "toimeentulotuki", "toimeentulo tuki")]
    [InlineData("tulkin", "tulkki", "")]
    public void FinnishWord_ShouldGiveFoldedBaseFormAndCompoundParts(string word, string baseForm, string parts)
    {
        Assert.Contains(baseForm, AnalyzedTokens.Terms(_analyzer, Field(FormKind.BaseForm, "fi"), word));
        Assert.Equal(parts.Split(' ', StringSplitOptions.RemoveEmptyEntries), AnalyzedTokens.Terms(_analyzer, Field(FormKind.Part, "fi"), word));
    }

    [Theory]
    [InlineData(FormKind.BaseForm, "päivähoito päivähoitoon päivähoidon päivähoitoa")]
    [InlineData(FormKind.BaseForm, "asumistuki asumistukeen asumistuen")]
    [InlineData(FormKind.Stem, "päivähoito päivähoitoa päivähoitoon")]
    public void InflectedFinnishForms_ShouldMeetInOneTerm(FormKind kind, string words)
    {
        // Stems do not follow consonant gradation (hoidon, tuen); Voikko's base forms do.
        var forms = words.Split(' ').Select(word => AnalyzedTokens.Terms(_analyzer, Field(kind, "fi"), word)[0]).Distinct();

        Assert.Single(forms);
    }

    [Fact]
    public void WordTypedWithoutDiacritics_ShouldMeetTheWrittenWordInTheFoldedFieldOnly()
    {
        Assert.Equal(["paivahoito"], AnalyzedTokens.Terms(_analyzer, Field(FormKind.Folded, "fi"), "päivähoito"));
        Assert.Equal(["paivahoito"], AnalyzedTokens.Terms(_analyzer, Field(FormKind.Folded, "fi"), "paivahoito"));
        Assert.Equal(["päivähoito"], AnalyzedTokens.Terms(_analyzer, Field(FormKind.Exact, "fi"), "päivähoito"));

        // Voikko does not know the word without ä, so it has no base form: folding complements Voikko.
        Assert.Empty(AnalyzedTokens.Terms(_analyzer, Field(FormKind.BaseForm, "fi"), "paivahoito"));
    }

    [Theory]
    [InlineData("sv", "Hälsovårdens avgifter", "hälsovårdens avgifter", "halsovardens avgifter")]
    [InlineData("en", "Applying for housing allowances", "applying housing allowances", "applying housing allowances")]
    public void SwedishAndEnglish_ShouldHaveStemsButNoVoikkoForms(string language, string text, string exact, string folded)
    {
        Assert.Equal(exact.Split(' '), AnalyzedTokens.Terms(_analyzer, Field(FormKind.Exact, language), text));
        Assert.Equal(folded.Split(' '), AnalyzedTokens.Terms(_analyzer, Field(FormKind.Folded, language), text));
        Assert.Equal(
            exact.Split(' ').Select(word => TextFolding.Fold(_analysis.Stem(language, word)!)),
            AnalyzedTokens.Terms(_analyzer, Field(FormKind.Stem, language), text));
        Assert.Empty(AnalyzedTokens.Terms(_analyzer, Field(FormKind.BaseForm, language), text));
        Assert.Empty(AnalyzedTokens.Terms(_analyzer, Field(FormKind.Part, language), text));
    }

    [Fact]
    public void Positions_ShouldKeepStopwordGapsAndStackFormsOnTheirWord()
    {
        const string text = "Kelan asumistuki ja päivähoito";

        var exact = AnalyzedTokens.Of(_analyzer, Field(FormKind.Exact, "fi"), text);
        var parts = AnalyzedTokens.Of(_analyzer, Field(FormKind.Part, "fi"), text);

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

        var terms = AnalyzedTokens.Terms(_analyzer, Field(FormKind.Exact, "fi"), text);

        Assert.Equal(["kelan", "asumistuki", "or", "near", "2", "t", "x", "مرحبا", "fpa", "kort", new string('a', WordTokenizer.MaxWordLength)], terms);
    }

    [Theory]
    [InlineData("body_exact_fi")]
    [InlineData("text_exact_de")]
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

    private static string Field(FormKind kind, string language, FieldScope scope = FieldScope.Text) =>
        new SearchField(scope, kind, language).Name;

    /// <summary>The scope's tokens under today's term prefixes (IndexTerms); a folded form counts only where it differs, as today.</summary>
    private IEnumerable<string> TermsWithTodaysPrefixes(FieldScope scope, string language, string text)
    {
        var exact = AnalyzedTokens.Terms(_analyzer, Field(FormKind.Exact, language, scope), text);
        var folded = AnalyzedTokens.Terms(_analyzer, Field(FormKind.Folded, language, scope), text);
        Assert.Equal(exact.Count, folded.Count);

        return exact
            .Concat(exact.Zip(folded).Where(pair => pair.First != pair.Second).Select(pair => IndexTerms.Folded(pair.Second)))
            .Concat(AnalyzedTokens.Terms(_analyzer, Field(FormKind.BaseForm, language, scope), text).Select(IndexTerms.Lemma))
            .Concat(AnalyzedTokens.Terms(_analyzer, Field(FormKind.Stem, language, scope), text).Select(IndexTerms.Lemma))
            .Concat(AnalyzedTokens.Terms(_analyzer, Field(FormKind.Part, language, scope), text).Select(IndexTerms.Part));
    }
}
