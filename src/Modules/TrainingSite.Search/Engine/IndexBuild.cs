namespace TrainingSite.Search.Engine;

/// <summary>
/// A rebuild in progress: translations are added (from several threads, as analysis is most of the cost),
/// then <see cref="Complete"/> commits with the cursor read before the build began and swaps the new index
/// in. Disposing an uncompleted build abandons it and deletes its folder.
/// </summary>
public sealed class IndexBuild : IDisposable
{
    private readonly SearchIndexNode _node;
    private readonly SearchIndexNode.OpenIndex _index;
    private readonly string _name;
    private bool _done;

    internal IndexBuild(SearchIndexNode node, SearchIndexNode.OpenIndex index, string name) => (_node, _index, _name) = (node, index, name);

    public void Add(IReadOnlyCollection<IndexedTranslation> translations)
    {
        Parallel.ForEach(translations, translation =>
            _index.Writer.AddDocument(TranslationDocument.Create(translation), _node.AnalyzerFor(translation.Language)));
    }

    /// <param name="cursor">The last indexing task id read before the build began: the new index replays the tasks after it.</param>
    /// <param name="rebuildRequest">The rebuild request this build honours, if any.</param>
    public void Complete(long cursor, string? rebuildRequest = null)
    {
        // One segment: a query reads each term once instead of once per segment (at 100,000 articles 22 segments
        // cost a search 3 times the vocabulary time and half again the matching). Later changes add small ones.
        _index.Writer.ForceMerge(1);
        _done = true;
        _node.Complete(_index, _name, cursor, rebuildRequest);
    }

    public void Dispose()
    {
        if (!_done)
        {
            _done = true;
            _node.Abandon(_index);
        }
    }
}
