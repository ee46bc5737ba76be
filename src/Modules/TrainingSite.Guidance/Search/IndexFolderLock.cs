namespace TrainingSite.Guidance.Search;

/// <summary>
/// This process's claim on an index folder, held while the node has it open: a running site and
/// <c>search reindex</c>, or two nodes configured with one folder, must never write the same index. The lock
/// file is opened without sharing, which the operating system enforces between processes (flock on Linux).
/// </summary>
public sealed class IndexFolderLock : IDisposable
{
    private const string FileName = "node.lock";

    private readonly FileStream _file;

    private IndexFolderLock(FileStream file) => _file = file;

    /// <summary>The lock, or null when another process (or another host in this one) holds the folder.</summary>
    public static IndexFolderLock? TryAcquire(string folder)
    {
        Directory.CreateDirectory(folder);
        try
        {
            return new IndexFolderLock(new FileStream(Path.Combine(folder, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => _file.Dispose();
}
