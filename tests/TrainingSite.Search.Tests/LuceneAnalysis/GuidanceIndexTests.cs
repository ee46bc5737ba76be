using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using TrainingSite.Search.Analysis;
using TrainingSite.Search.Engine;
using TrainingSite.Search.LuceneAnalysis;

namespace TrainingSite.Search.Tests.LuceneAnalysis;

/// <summary>
/// The analyzers in a real Lucene index of <see cref="TranslationDocument"/>s: each kind of form finds the
/// translation through its own field, whatever the translation's language, as fields carry no language.
/// </summary>
public sealed class GuidanceIndexTests : IDisposable
{
    private readonly TextAnalyzer _analysis = new();
    private readonly GuidanceAnalyzers _analyzers;
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public GuidanceIndexTests()
    {
        _analyzers = new GuidanceAnalyzers(_analysis);
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzers.For("fi"))))
        {
            foreach (var translation in new[]
            {
                Translation("1", "fi", "Päivähoidon maksut", "Kunta perii päivähoidosta maksun perheen tulojen mukaan."),
                Translation("2", "fi", "Asumistuen hakeminen", "Asumistukea haetaan Kelasta."),
                Translation("3", "sv", "Hälsovårdens avgifter", "Avgifterna för hälsovården betalas till kommunen."),
            })
            {
                writer.AddDocument(TranslationDocument.Create(translation), _analyzers.For(translation.Language));
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
    }

    [Theory]
    [InlineData(FieldScope.Text, FormKind.Exact, "päivähoidon", "1")]
    [InlineData(FieldScope.Text, FormKind.Exact, "päivähoito", "")]
    [InlineData(FieldScope.Text, FormKind.Folded, "paivahoidon", "1")]
    [InlineData(FieldScope.Text, FormKind.Lemma, "paivahoito", "1")]
    [InlineData(FieldScope.Text, FormKind.Lemma, "asumistuki", "2")]
    [InlineData(FieldScope.Text, FormKind.Part, "hoito", "1")]
    [InlineData(FieldScope.Text, FormKind.Part, "tuki", "2")]
    [InlineData(FieldScope.Text, FormKind.Exact, "ja", "")]
    [InlineData(FieldScope.Text, FormKind.Exact, "hälsovårdens", "3")]
    [InlineData(FieldScope.Text, FormKind.Folded, "halsovarden", "3")]
    [InlineData(FieldScope.Text, FormKind.Exact, "kommunen", "3")]
    [InlineData(FieldScope.Title, FormKind.Exact, "maksut", "1")]
    [InlineData(FieldScope.Title, FormKind.Exact, "kunta", "")]
    [InlineData(FieldScope.Title, FormKind.Lemma, "asumistuki", "2")]
    public void TermInItsField_ShouldFindTheTranslationsThatHaveTheForm(FieldScope scope, FormKind kind, string term, string ids)
    {
        // Arrange
        var field = new SearchField(scope, kind).Name;

        // Act
        var found = Search(new TermQuery(new Term(field, term)));

        // Assert
        Assert.Equal(ids.Split(' ', StringSplitOptions.RemoveEmptyEntries), found);
    }

    [Fact]
    public void SwedishStem_ShouldMeetTheSwedishWordsInflectedForms_InTheSharedLemmaField()
    {
        // Arrange: "hälsovårdens" and "hälsovården" share their Swedish stem.
        var stem = TextFolding.Fold(_analysis.Stem("sv", "hälsovården")!);

        // Act
        var found = Search(new TermQuery(new Term(new SearchField(FieldScope.Title, FormKind.Lemma).Name, stem)));

        // Assert
        Assert.Equal(TextFolding.Fold(_analysis.Stem("sv", "hälsovårdens")!), stem);
        Assert.Equal(["3"], found);
    }

    [Theory]
    [InlineData("asumistuen hakeminen", "2")]
    [InlineData("paivahoidon maksut", "1")]
    [InlineData("päivähoito maksu", "1")]
    [InlineData("maksut päivähoidon", "")]
    [InlineData("hakeminen asumistukea", "2")]
    public void Phrase_ShouldLineUpTheExactFoldedAndLemmaPositions(string phrase, string ids)
    {
        // Arrange: "hakeminen asumistukea" runs from the title "Asumistuen hakeminen" into the body.
        var query = Assert.Single(PhraseQueries.Build(_analysis, [phrase.Split(' ')]));

        // Act
        var found = Search(query);

        // Assert
        Assert.Equal(ids.Split(' ', StringSplitOptions.RemoveEmptyEntries), found);
    }

    [Fact]
    public void VocabularyField_ShouldHoldEachContentWordOnce_FoldedAndAsWritten()
    {
        // Act
        var terms = Terms(VocabularyField.Public);
        var words = terms.Select(VocabularyField.Split).ToList();

        // Assert
        Assert.Contains(("paivahoidon", "päivähoidon"), words);
        Assert.Contains(("halsovardens", "hälsovårdens"), words);
        Assert.DoesNotContain(words, word => word.Written == "ja" || word.Written == "för");
        Assert.Equal(1, DocFreq(VocabularyField.Public, VocabularyField.Term("avgifter", "avgifter")));
        Assert.Empty(Terms(VocabularyField.Network)); // every translation here is public
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzers.Dispose();
        _analysis.Dispose();
    }

    private static IndexedTranslation Translation(string article, string language, string title, string body) =>
        new(article, language, null, "topic", "public", title, [], body);

    private List<string> Search(Query query)
    {
        var searcher = new IndexSearcher(_reader);
        var articles = MultiDocValues.GetSortedValues(_reader, IndexFields.Article);
        var bytes = new BytesRef();
        return searcher.Search(query, 10).ScoreDocs
            .Select(hit =>
            {
                articles.Get(hit.Doc, bytes);
                return bytes.Utf8ToString();
            })
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private int DocFreq(string field, string term) => _reader.DocFreq(new Term(field, term));

    private List<string> Terms(string field)
    {
        var terms = new List<string>();
        if (MultiFields.GetTerms(_reader, field) is not { } fieldTerms)
        {
            return terms;
        }

        var termsEnum = fieldTerms.GetEnumerator();
        while (termsEnum.MoveNext())
        {
            terms.Add(termsEnum.Term.Utf8ToString());
        }

        return terms;
    }
}
