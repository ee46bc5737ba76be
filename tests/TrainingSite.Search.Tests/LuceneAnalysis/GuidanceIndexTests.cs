using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using TrainingSite.Search.Analysis;
using TrainingSite.Search.LuceneAnalysis;

namespace TrainingSite.Search.Tests.LuceneAnalysis;

/// <summary>The analyzer in a real Lucene index: each kind of form finds the document through its own field.</summary>
public sealed class GuidanceIndexTests : IDisposable
{
    private readonly TextAnalyzer _analysis = new();
    private readonly GuidanceAnalyzer _analyzer;
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public GuidanceIndexTests()
    {
        _analyzer = new GuidanceAnalyzer(new WordFormsCache(_analysis));
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer)))
        {
            writer.AddDocument(Article("1", "Päivähoidon maksut", "Kunta perii päivähoidosta maksun perheen tulojen mukaan."));
            writer.AddDocument(Article("2", "Asumistuen hakeminen", "Asumistukea haetaan Kelasta."));
            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
    }

    [Theory]
    [InlineData(FormKind.Exact, "päivähoidon", "1")]
    [InlineData(FormKind.Exact, "päivähoito", "")]
    [InlineData(FormKind.Folded, "paivahoidon", "1")]
    [InlineData(FormKind.BaseForm, "paivahoito", "1")]
    [InlineData(FormKind.BaseForm, "asumistuki", "2")]
    [InlineData(FormKind.Part, "hoito", "1")]
    [InlineData(FormKind.Part, "tuki", "2")]
    [InlineData(FormKind.Exact, "ja", "")]
    public void TermInItsField_ShouldFindTheArticlesThatHaveTheForm(FormKind kind, string term, string ids)
    {
        var field = new SearchField(FieldScope.Text, kind, "fi").Name;

        Assert.Equal(ids.Split(' ', StringSplitOptions.RemoveEmptyEntries), Search(new TermQuery(new Term(field, term))));
    }

    [Fact]
    public void PhraseOfFoldedWords_ShouldFindTheArticle_WhenTypedWithoutDiacritics()
    {
        var phrase = new PhraseQuery
        {
            new Term(new SearchField(FieldScope.Title, FormKind.Folded, "fi").Name, "asumistuen"),
            new Term(new SearchField(FieldScope.Title, FormKind.Folded, "fi").Name, "hakeminen"),
        };

        Assert.Equal(["2"], Search(phrase));
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
        _analysis.Dispose();
    }

    private static Document Article(string id, string title, string body)
    {
        var document = new Document { new StringField("id", id, Field.Store.YES) };
        foreach (var field in SearchField.All("fi"))
        {
            document.Add(new TextField(field.Name, field.Scope == FieldScope.Title ? title : title + "\n" + body, Field.Store.NO));
        }

        return document;
    }

    private List<string> Search(Query query)
    {
        var searcher = new IndexSearcher(_reader);
        return searcher.Search(query, 10).ScoreDocs.Select(hit => searcher.Doc(hit.Doc).Get("id", CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal).ToList();
    }
}
