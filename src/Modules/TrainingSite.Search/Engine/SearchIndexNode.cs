using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using TrainingSite.Search.LuceneAnalysis;
using Directory = Lucene.Net.Store.Directory;

namespace TrainingSite.Search.Engine;

/// <summary>
/// This node's guidance index on local disk, in the manner of Orchard Core's Lucene module: each node keeps
/// its own index, derived from the database, and records in each commit the last indexing task it applied.
/// The folder holds a file naming the live index's subfolder; a rebuild writes a new subfolder while the
/// live one keeps answering, then swaps. One writer per node (Lucene's write lock forbids two); searches
/// read through a <see cref="SearcherManager"/> refreshed after every commit. Thread-safe; one per process.
/// </summary>
public sealed class SearchIndexNode : IDisposable
{
    /// <summary>The layout of fields and documents; part of the analysis signature, so a change rebuilds every node.</summary>
    public const string LayoutVersion = "lucene-1";

    private const string PointerFile = "current";

    /// <summary>The start of every index folder's name this node makes; it touches no other folder.</summary>
    private const string IndexFolderPrefix = "index-";
    private const string CursorKey = "cursor";
    private const string AnalysisKey = "analysis";
    private const string RebuildKey = "rebuild";

    private readonly string _folder;
    private readonly GuidanceAnalyzers _analyzers;
    private readonly object _writeGate = new();
    private OpenIndex? _live;
    private volatile bool _rebuilding;
    private bool _disposed;

    public SearchIndexNode(string folder, GuidanceAnalyzers analyzers)
    {
        (_folder, _analyzers) = (Path.GetFullPath(folder), analyzers);
        System.IO.Directory.CreateDirectory(_folder);
        var pointer = Path.Combine(_folder, PointerFile);
        if (File.Exists(pointer) && File.ReadAllText(pointer).Trim() is var name && IsIndexFolderName(name) && System.IO.Directory.Exists(Path.Combine(_folder, name)))
        {
            _live = TryOpen(Path.Combine(_folder, name), analyzers);
        }
    }

    /// <summary>The signature an index must carry to be current: the analysis libraries found and the field layout.</summary>
    public string Signature => $"{_analyzers.Analysis.Status.Signature};{LayoutVersion}";

    public string Folder => _folder;

    public IndexState State
    {
        get
        {
            var live = _live;
            if (live is null)
            {
                return IndexState.Missing with { Rebuilding = _rebuilding };
            }

            var commit = CommitData.Of(live);
            return new IndexState(true, Read(searcher => searcher.IndexReader.NumDocs), commit.Cursor, commit.Analysis, commit.RebuildRequest, _rebuilding);
        }
    }

    /// <summary>True when the node must rebuild: no index, or one built with other analysis or layout.</summary>
    public bool NeedsRebuild => State is var state && (!state.Exists || state.Analysis != Signature);

    /// <summary>
    /// Applies changed articles and moves the cursor, in one commit; the next search sees them. Callers
    /// pass a cursor at or after the tasks they applied; a cursor behind the index's own is ignored.
    /// </summary>
    public void Apply(IReadOnlyCollection<ArticleUpdate> updates, long cursor)
    {
        lock (_writeGate)
        {
            var live = _live ?? throw new InvalidOperationException("The index has not been built yet.");

            // Everything that can be refused (a language without analysis) is settled before the writer changes.
            var documents = updates.Select(update => (update.ArticleId, Translations: update.Translations
                .Select(translation => (Document: TranslationDocument.Create(translation), Analyzer: _analyzers.For(translation.Language)))
                .ToList())).ToList();
            try
            {
                foreach (var (articleId, translations) in documents)
                {
                    live.Writer.DeleteDocuments(new Term(IndexFields.Article, articleId));
                    foreach (var (document, analyzer) in translations)
                    {
                        live.Writer.AddDocument(document, analyzer);
                    }
                }

                var commit = CommitData.Of(live);
                Commit(live, commit with { Cursor = Math.Max(cursor, commit.Cursor) });
            }
            catch
            {
                // Nothing of a failed batch may reach a later commit: drop the writer's pending changes and reopen
                // the last commit (a Lucene rollback closes the writer).
                _live = live.Rollback(_analyzers);
                throw;
            }
        }
    }

    /// <summary>
    /// Starts a rebuild into a new folder. The live index keeps answering (and taking <see cref="Apply"/>)
    /// until <see cref="IndexBuild.Complete"/> swaps the new one in; the new one then replays the tasks after
    /// its cursor. Only one rebuild runs at a time: null when one is running.
    /// </summary>
    public IndexBuild? BeginRebuild()
    {
        lock (_writeGate)
        {
            if (_rebuilding)
            {
                return null;
            }

            _rebuilding = true;
        }

        var name = $"{IndexFolderPrefix}{DateTimeOffset.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}"[..32];
        return new IndexBuild(this, OpenIndex.Open(Path.Combine(_folder, name), _analyzers, create: true), name);
    }

    /// <summary>Runs a read against the live index's current searcher; a missing index reads as empty.</summary>
    public T Read<T>(Func<IndexSearcher, T> read)
    {
        for (var attempt = 0; ; attempt++)
        {
            var live = _live;
            if (live is null)
            {
                return read(OpenIndex.EmptySearcher);
            }

            IndexSearcher searcher;
            try
            {
                searcher = live.Manager.Acquire();
            }
            catch (ObjectDisposedException) when (attempt < 3)
            {
                continue; // swapped by a rebuild between reading _live and acquiring: read the new one
            }

            try
            {
                return read(searcher);
            }
            finally
            {
                live.Manager.Release(searcher);
            }
        }
    }

    public void Dispose()
    {
        lock (_writeGate)
        {
            _live?.Dispose();
            _live = null;
            _disposed = true;
        }
    }

    internal GuidanceAnalyzer AnalyzerFor(string language) => _analyzers.For(language);

    internal void Complete(OpenIndex index, string name, long cursor, string? rebuildRequest)
    {
        lock (_writeGate)
        {
            Commit(index, new CommitData(cursor, Signature, rebuildRequest));
            var pointer = Path.Combine(_folder, PointerFile);
            File.WriteAllText(pointer + ".tmp", name);
            File.Move(pointer + ".tmp", pointer, overwrite: true);
            _rebuilding = false;
            if (_disposed)
            {
                index.Dispose(); // finished after the node closed: kept on disk for the next start, not held open
                return;
            }

            var old = _live;
            _live = index;
            old?.Dispose();

            // The replaced index, and any rebuild a crash or a stop left half-written, are no longer needed.
            foreach (var folder in System.IO.Directory.EnumerateDirectories(_folder).Where(f => IsIndexFolderName(Path.GetFileName(f)) && Path.GetFileName(f) != name))
            {
                TryDelete(folder);
            }
        }
    }

    internal void Abandon(OpenIndex index)
    {
        index.Dispose();
        TryDelete(index.Path);
        _rebuilding = false;
    }

    private static void Commit(OpenIndex index, CommitData commit)
    {
        index.Writer.SetCommitData(commit.ToDictionary());
        index.Writer.Commit();
        index.Manager.MaybeRefreshBlocking();
    }

    /// <summary>A folder name this node made: "index-…", nothing that could lead elsewhere ("..", a rooted path).</summary>
    private static bool IsIndexFolderName(string name) =>
        name.StartsWith(IndexFolderPrefix, StringComparison.Ordinal) && name.Length <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    /// <summary>
    /// The live index, or null when it is missing or damaged (a disk fault, a half-copied folder): then the node
    /// rebuilds from the database instead of failing to start. A lock held by another process is not damage.
    /// </summary>
    private static OpenIndex? TryOpen(string path, GuidanceAnalyzers analyzers)
    {
        try
        {
            using (var directory = FSDirectory.Open(path))
            {
                if (!DirectoryReader.IndexExists(directory))
                {
                    return null;
                }
            }

            return OpenIndex.Open(path, analyzers, create: false);
        }
        catch (Exception exception) when (exception is not (LockObtainFailedException or OutOfMemoryException))
        {
            TryDelete(path);
            return null;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A reader may still hold a file on a system that locks open files; the next rebuild leaves it behind.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>What each commit records beside the documents.</summary>
    private sealed record CommitData(long Cursor, string? Analysis, string? RebuildRequest)
    {
        public static CommitData Of(OpenIndex index)
        {
            var data = index.Writer.CommitData;
            return new CommitData(
                data.TryGetValue(CursorKey, out var cursor) && long.TryParse(cursor, CultureInfo.InvariantCulture, out var value) ? value : 0,
                data.TryGetValue(AnalysisKey, out var analysis) ? analysis : null,
                data.TryGetValue(RebuildKey, out var request) ? request : null);
        }

        public Dictionary<string, string> ToDictionary()
        {
            var data = new Dictionary<string, string> { [CursorKey] = Cursor.ToString(CultureInfo.InvariantCulture) };
            if (Analysis is not null)
            {
                data[AnalysisKey] = Analysis;
            }

            if (RebuildRequest is not null)
            {
                data[RebuildKey] = RebuildRequest;
            }

            return data;
        }
    }

    /// <summary>An index folder open for writing and searching.</summary>
    internal sealed class OpenIndex : IDisposable
    {
        private OpenIndex(string path, Directory directory, IndexWriter writer, SearcherManager manager) =>
            (Path, Directory, Writer, Manager) = (path, directory, writer, manager);

        public static IndexSearcher EmptySearcher { get; } = CreateEmptySearcher();

        public string Path { get; }

        public Directory Directory { get; }

        public IndexWriter Writer { get; }

        public SearcherManager Manager { get; }

        public static OpenIndex Open(string path, GuidanceAnalyzers analyzers, bool create)
        {
            System.IO.Directory.CreateDirectory(path);
            var directory = FSDirectory.Open(path);
            IndexWriter? writer = null;
            try
            {
                var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzers.For("fi"))
                {
                    OpenMode = create ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
                    RAMBufferSizeMB = 64,
                };
                writer = new IndexWriter(directory, config);
                if (create)
                {
                    writer.Commit();
                }

                return new OpenIndex(path, directory, writer, new SearcherManager(writer, applyAllDeletes: true, new SearcherFactory()));
            }
            catch
            {
                writer?.Dispose();
                directory.Dispose();
                throw;
            }
        }

        /// <summary>Discards what was not committed and opens the folder again at its last commit.</summary>
        public OpenIndex Rollback(GuidanceAnalyzers analyzers)
        {
            Manager.Dispose();
            Writer.Rollback();
            Directory.Dispose();
            return Open(Path, analyzers, create: false);
        }

        public void Dispose()
        {
            Manager.Dispose();
            Writer.Dispose();
            Directory.Dispose();
        }

        private static IndexSearcher CreateEmptySearcher()
        {
            var directory = new RAMDirectory();
            using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, null)))
            {
                writer.Commit();
            }

            return new IndexSearcher(DirectoryReader.Open(directory));
        }
    }
}
