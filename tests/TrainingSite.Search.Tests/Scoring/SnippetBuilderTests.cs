using TrainingSite.Search.Querying;
using TrainingSite.Search.Scoring;
using TrainingSite.Search.Tests.Engine;

namespace TrainingSite.Search.Tests.Scoring;

/// <summary>
/// Snippets are whole sentences or clauses of the text, cut between words, with their punctuation, brackets in
/// pairs, "…" where text is left out, and the words the query matched marked, found by the index's own analysis
/// (inflected and folded forms too), as HTML in which nothing of the text becomes markup.
/// </summary>
public sealed class SnippetBuilderTests(AnalysisFixture analysis) : IClassFixture<AnalysisFixture>
{
    private const string Housing =
        "Kela maksaa yleistä asumistukea pienituloisille ruokakunnille. Tukea haetaan verkossa. Asumistuki lasketaan "
        + "ruokakunnan tulojen ja asumismenojen perusteella.\nHakemukseen liitetään vuokrasopimus.";

    private readonly SnippetBuilder _builder = new(new QueryMatches(analysis.Analyzers));
    private readonly QueryPlanner _planner = new(analysis.Analysis);

    [Theory]
    [InlineData("asumistuki")]
    [InlineData("asumistukea")]
    [InlineData("asumistuesta")]
    public void Build_ShouldMarkEveryInflectedFormOfTheWord_WhenTheQueryIsInflected(string query)
    {
        var snippet = _builder.Build("fi", Housing, HighlightTerms(query));

        Assert.Equal(["asumistukea", "Asumistuki"], Marked(snippet));
        Assert.Contains("<mark>asumistukea</mark>", snippet.ToHtml(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("paivakoti", "Päiväkoti on auki arkisin, ja päiväkotiin haetaan kunnasta.", new[] { "Päiväkoti", "päiväkotiin" })]
    [InlineData("päiväkoti", "Paivakoti on auki arkisin.", new[] { "Paivakoti" })]
    [InlineData("halsovard", "Hälsovården för studerande ordnas av FPA.", new[] { "Hälsovården" })]
    [InlineData("housing allowance", "Housing allowances are paid by Kela.", new[] { "Housing", "allowances" })]
    public void Build_ShouldMarkFoldedAndInflectedMatches(string query, string text, string[] marked)
    {
        var language = text.StartsWith("Hälso", StringComparison.Ordinal) ? "sv" : text.StartsWith("Housing", StringComparison.Ordinal) ? "en" : "fi";

        var snippet = _builder.Build(language, text, HighlightTerms(query));

        Assert.Equal(marked, Marked(snippet));
    }

    [Fact]
    public void Build_ShouldNotMarkCompoundParts_OrWordsThatOnlyShareLetters()
    {
        var snippet = _builder.Build("fi", "Tuki maksetaan tukiasunnossa asuville, ja asumistuki erikseen.", HighlightTerms("asumistuki"));

        Assert.Equal(["asumistuki"], Marked(snippet));
    }

    [Fact]
    public void Build_ShouldGiveWholeSentences_AroundTheOneThatMatched()
    {
        var text = "Ensimmäinen lause kertoo taustasta. Toinen lause kertoo muusta. Kolmas lause mainitsee toimeentulotuen. "
            + "Neljäs lause jatkaa. " + string.Join(' ', Enumerable.Repeat("Täytelause kertoo lisää asioista.", 12));

        var snippet = _builder.Build("fi", text, HighlightTerms("toimeentulotuki"));

        Assert.StartsWith("… Kolmas lause mainitsee toimeentulotuen. Neljäs lause jatkaa.", snippet.Text, StringComparison.Ordinal);
        Assert.EndsWith(". …", snippet.Text, StringComparison.Ordinal);
        Assert.Equal(["toimeentulotuen"], Marked(snippet));
        AssertWholeWordsOf(text, snippet);
    }

    [Fact]
    public void Build_ShouldPreferAWholeSentence_ToAHeadingOrALineOfLinks()
    {
        const string Text = "Asumistuki\nKela: yleinen asumistuki ja asumistuen laskuri (kela.fi)\nMuuta tekstiä. Vuokralainen voi saada asumistukea Kelasta. Loppu.";

        var snippet = _builder.Build("fi", Text, HighlightTerms("asumistuki"));

        Assert.Equal("… Muuta tekstiä. Vuokralainen voi saada asumistukea Kelasta. Loppu.", snippet.Text);
        Assert.Equal(["asumistukea"], Marked(snippet));
    }

    [Fact]
    public void Build_ShouldStartAtTheBeginning_WithoutAnEllipsis_WhenNothingMatched()
    {
        var snippet = _builder.Build("fi", Housing, new HashSet<string>());

        Assert.StartsWith("Kela maksaa yleistä asumistukea pienituloisille ruokakunnille.", snippet.Text, StringComparison.Ordinal);
        Assert.Empty(snippet.Highlights);
        Assert.DoesNotContain("\n", snippet.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ShouldCutALongSentenceAtItsClauses_NeverInsideAWord()
    {
        var clauses = Enumerable.Range(1, 12).Select(i => $"kohta numero {i} koskee aivan muuta asiaa").ToList();
        clauses.Insert(7, "tässä kohdassa puhutaan asumistuesta");
        var text = "Ohjeessa on pitkä luettelo: " + string.Join(", ", clauses) + ".";

        var snippet = _builder.Build("fi", text, HighlightTerms("asumistuki"));

        Assert.True(snippet.Text.Length <= SnippetBuilder.MaxLength + 4, snippet.Text);
        Assert.StartsWith("… ", snippet.Text, StringComparison.Ordinal);
        Assert.Equal(["asumistuesta"], Marked(snippet));
        AssertWholeWordsOf(text, snippet);
    }

    [Fact]
    public void Build_ShouldCutAtSpaces_WhenOneClauseIsLongerThanASnippet()
    {
        var words = Enumerable.Range(1, 80).Select(i => $"sana{i}").ToList();
        words.Insert(50, "asumistukea");
        var text = string.Join(' ', words) + ".";

        var snippet = _builder.Build("fi", text, HighlightTerms("asumistuki"));

        Assert.Equal(["asumistukea"], Marked(snippet));
        Assert.StartsWith("… sana", snippet.Text, StringComparison.Ordinal);
        Assert.EndsWith(" …", snippet.Text, StringComparison.Ordinal);
        AssertWholeWordsOf(text, snippet);
    }

    [Theory]
    [InlineData("Asumistuki (yleinen asumistuki) maksetaan kuukausittain.")]
    [InlineData("Tukea haetaan Kelasta (katso myös ohje asumistuesta, jossa kerrotaan " + Filler + " ja muusta).")]
    [InlineData("Alku " + Filler + " (hakemus, jossa on liitteet, ja asumistuki) jatkuu " + Filler + ".")]
    [InlineData("Teksti, jossa kaari jää auki (asumistuki mainitaan tässä " + Filler + Filler + " loppuun asti.")]
    [InlineData("Teksti, jossa ] on yksinään ja [ toinen, asumistuki, ja (sisäkkäiset [hakasulkeet) väärin].")]
    public void Build_ShouldKeepBracketsInPairs(string text)
    {
        var snippet = _builder.Build("fi", text, HighlightTerms("asumistuki"));

        Assert.NotEmpty(snippet.Highlights);
        AssertBalanced(snippet.Text);
    }

    [Fact]
    public void Build_ShouldTakeInAShortAsideWhole_WhenItsBracketClosesJustAfterTheSentence()
    {
        // The sentence after the match is too long to add, but the bracket opened in the matching one closes in it, near.
        var text = string.Join(' ', Enumerable.Repeat("Muuta tekstiä on tässä.", 3)) + " Asumistuki maksetaan (katso Kelan ohje. Se on lyhyt.) ja haetaan verkossa, "
            + Filler + ", " + Filler + ".";

        var snippet = _builder.Build("fi", text, HighlightTerms("asumistuki"));

        Assert.Contains("Asumistuki maksetaan (katso Kelan ohje. Se on lyhyt.) …", snippet.Text, StringComparison.Ordinal);
        AssertBalanced(snippet.Text);
    }

    [Fact]
    public void Build_ShouldEncodeTheText_AndMarkOnlyByOffsets()
    {
        const string Text = "Asumistuki <script>alert(\"x\")</script> & <mark>väärä</mark> 'merkintä' <b onclick=x>.";

        var snippet = _builder.Build("fi", Text, HighlightTerms("asumistuki"));
        var html = snippet.ToHtml();

        Assert.StartsWith("<mark>Asumistuki</mark> &lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b ", html, StringComparison.Ordinal);
        Assert.Contains("&lt;mark&gt;väärä&lt;/mark&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&amp;", html, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(html, "<mark>"));
        Assert.Equal(Text, snippet.Text);
    }

    [Fact]
    public void ToHtml_ShouldPlaceMarksByTheHighlightRanges()
    {
        var snippet = new Snippet("a < b & asumistuki", [new TextRange(8, 10)]);

        Assert.Equal("a &lt; b &amp; <mark>asumistuki</mark>", snippet.ToHtml());
    }

    private const string Filler = "sanoja sanoja sanoja sanoja sanoja sanoja sanoja sanoja sanoja sanoja sanoja sanoja sanoja sanoja sanoja sanoja sanoja";

    private IReadOnlySet<string> HighlightTerms(string query) =>
        _planner.Plan(QueryParser.Parse(query + " "), VocabularyAnswers.None).HighlightTerms;

    private static List<string> Marked(Snippet snippet) =>
        [.. snippet.Highlights.Select(h => snippet.Text.Substring(h.Start, h.Length))];

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    /// <summary>Every word of the snippet is a whole word of the text, and the snippet reads as the text does.</summary>
    private static void AssertWholeWordsOf(string text, Snippet snippet)
    {
        var textWords = text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var words = snippet.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != SnippetBuilder.Ellipsis.ToString()).ToList();
        Assert.All(words, word => Assert.Contains(word, textWords));
        Assert.Contains(string.Join(' ', words), string.Join(' ', text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    private static void AssertBalanced(string text)
    {
        var open = new Stack<char>();
        foreach (var character in text)
        {
            if (character is '(' or '[' or '{')
            {
                open.Push(character);
            }
            else if (character is ')' or ']' or '}')
            {
                Assert.True(open.Count > 0, $"'{character}' closes nothing in: {text}");
                Assert.Equal(character switch { ')' => '(', ']' => '[', _ => '{' }, open.Pop());
            }
        }

        Assert.True(open.Count == 0, $"brackets left open in: {text}");
    }
}
