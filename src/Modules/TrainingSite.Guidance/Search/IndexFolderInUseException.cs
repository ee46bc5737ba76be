namespace TrainingSite.Guidance.Search;

/// <summary>The node's index folder is held by another process: each node needs a folder of its own.</summary>
public sealed class IndexFolderInUseException(string folder)
    : InvalidOperationException($"The search index folder {folder} is in use by another process. Each node needs its own Search:IndexFolder on local disk.")
{
    public string Folder { get; } = folder;
}
