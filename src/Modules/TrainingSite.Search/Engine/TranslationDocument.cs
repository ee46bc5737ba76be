using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using TrainingSite.Search.LuceneAnalysis;

namespace TrainingSite.Search.Engine;

/// <summary>
/// A translation as a Lucene document. The text fields hold "title, tags, body" as one text (so a phrase may
/// run from the title into the body, as people read it), the title fields "title, tags". Only the text's exact,
/// folded and lemma fields keep positions: phrases are matched on them (<see cref="PhraseQueries"/>); the others
/// need only which documents hold a term, as scoring counts matches, not frequencies. Nothing is stored: the
/// database holds the text, and the index stays small.
/// </summary>
public static class TranslationDocument
{
    private static readonly FieldType WithPositions = Analysed(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    private static readonly FieldType DocumentsOnly = Analysed(IndexOptions.DOCS_ONLY);

    public static Document Create(IndexedTranslation translation)
    {
        var titleText = string.Join("\n", translation.Tags.Prepend(translation.Title));
        var wholeText = titleText + "\n" + translation.Text;
        var region = translation.RegionId ?? SearchFilter.National;
        var document = new Document
        {
            Keyword(IndexFields.Article, translation.ArticleId),
            Keyword(IndexFields.Language, translation.Language),
            Keyword(IndexFields.Region, region),
            Keyword(IndexFields.Topic, translation.TopicId),
            Keyword(IndexFields.Audience, translation.Audience),
            new SortedDocValuesField(IndexFields.Article, new BytesRef(translation.ArticleId)),
            new SortedDocValuesField(IndexFields.Language, new BytesRef(translation.Language)),
            new SortedDocValuesField(IndexFields.Region, new BytesRef(region)),
            new SortedDocValuesField(IndexFields.Topic, new BytesRef(translation.TopicId)),
            new BinaryDocValuesField(IndexFields.Title, new BytesRef(translation.Title)),
            new Field(VocabularyField.Of(translation.Audience), wholeText, DocumentsOnly),
        };

        foreach (var field in SearchField.All)
        {
            var text = field.Scope == FieldScope.Title ? titleText : wholeText;
            var positions = field.Scope == FieldScope.Text && field.Kind is not FormKind.Part;
            document.Add(new Field(field.Name, text, positions ? WithPositions : DocumentsOnly));
        }

        return document;
    }

    private static StringField Keyword(string name, string value) => new(name, value, Field.Store.NO);

    private static FieldType Analysed(IndexOptions options)
    {
        var type = new FieldType { IsIndexed = true, IsTokenized = true, IsStored = false, OmitNorms = true, IndexOptions = options };
        type.Freeze();
        return type;
    }
}
